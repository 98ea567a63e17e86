#!/usr/bin/env bash
# The yardstick for a registration: the bare SQL it needs (bench/registrering.pgbench.sql), run by pgbench against
# a database migrated with the project's own Flyway SQL. Since step 4 one pgbench transaction is the registration's
# transaction followed by its audit record's own (an INSERT in autocommit: two commits). See BENCHMARKS.md.
#
#   bench/pgbench.sh                 # c1 and c8, synchronous_commit on and off, 30 s each
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DB (samtaleregister_bench),
# DURATION (30), BORGERE (10000), SYNC_MODES ("on off": the synchronous_commit settings to run with; the
# service's embedded PostgreSQL runs with on), KEEP_DB=1 to keep the database afterwards (dropped by default).
# The server must trust the user (no password prompt). Only local addresses are allowed.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="${BENCH_DB:-samtaleregister_bench}"
DURATION="${DURATION:-30}"
BORGERE="${BORGERE:-10000}"
case "$PGHOST" in
    127.*|localhost|::1|/*) ;;
    *) echo "pgbench.sh: PGHOST=$PGHOST is not local; this benchmark only runs against this machine" >&2; exit 1 ;;
esac
if [[ "$BORGERE" -gt 10000 ]]; then
    echo "pgbench.sh: the script picks citizens from 1..10000; BORGERE must be at most 10000" >&2; exit 1
fi
command -v pgbench >/dev/null || { echo "pgbench.sh: pgbench missing (Debian: apt-get install postgresql-client or postgresql-contrib)" >&2; exit 1; }

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

echo "== database $DB on $PGHOST:$PGPORT: migrate with src/main/resources/db/migration, seed $BORGERE citizens (5 conversations and their audit records each)"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "set client_min_messages = warning" -c "drop database if exists $DB" -c "create database $DB"
# In version order (V2 before V10), as Flyway applies them.
for migration in $(ls src/main/resources/db/migration/V*__*.sql | sort -V); do
    psql_db -f "$migration"
done
psql_db <<SQL
insert into borger (cpr) select (1000000000 + n)::text from generate_series(1, $BORGERE) n;
-- Every current row comes with its version 1, as the service writes them (the schema checks it at commit).
with k as (insert into kontaktgruppeperiode (borger_id, kontaktgruppe, fra, til) select id, 1, date '2020-01-01', null from borger
           returning id, kontaktgruppe, fra, til)
insert into kontaktgruppeperiode_version (id, version, kontaktgruppe, fra, til, art) select id, 1, kontaktgruppe, fra, til, 'OPRETTET' from k;
with j as (insert into jobcentertilknytning (borger_id, jobcenter, fra, til) select id, '101', date '2020-01-01', null from borger
           returning id, jobcenter, fra, til)
insert into jobcentertilknytning_version (id, version, jobcenter, fra, til, art) select id, 1, jobcenter, fra, til, 'OPRETTET' from j;
-- A history: five earlier conversations per citizen (the last one nulstillende), all before the runs' minutes. Without
-- one, samtale is analysed empty and the prepared GRUNDLAG statement keeps a plan for an empty table while it grows.
with s as (insert into samtale (borger_id, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
               sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, version)
           select b.id, timestamptz '2020-01-06 09:00+00' + (k * 20 + b.id % 7) * interval '1 day', case when k = 2 then 12 else 7 end,
               'PERSONLIGT_FREMMOEDE', 'Aftalt jobsøgning.', false, 'jc101-bench', 'JOBCENTER', '101', k <> 2, 1
             from borger b, generate_series(0, 4) k
           returning *)
insert into samtaleversion (samtalenummer, version, art, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
    sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, annulleret,
    aendret_af_ident, aendret_af_myndighedstype, aendret_af_myndighedskode)
select samtalenummer, 1, 'OPRETTET', afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
    sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, false, sagsbehandler_ident, myndighedstype, myndighedskode
  from s;
-- The audit records of that history (one per registration, as the service writes them since step 4).
insert into adgangslog (korrelations_id, ident, myndighedstype, myndighedskode, cpr, handling, udfald, status, tidspunkt)
select gen_random_uuid()::text, s.sagsbehandler_ident, s.myndighedstype, s.myndighedskode, b.cpr, 'POST /api/v1/samtaler', 'GODKENDT', 201,
    s.afholdt + interval '1 hour'
  from samtale s join borger b on b.id = s.borger_id;
vacuum analyze;
SQL

# Each run gets its own 200,000 minutes of held times (see registrering.pgbench.sql): enough for 6,000 tps over 30 s.
RUN=0
run() {
    local clients=$1 threads=$2 sync=$3
    RUN=$((RUN + 1))
    local before logged
    before=$(psql_db -Atc "select count(*) from samtale")
    logged=$(psql_db -Atc "select count(*) from adgangslog")
    echo
    echo "== pgbench -c $clients -j $threads -T $DURATION, synchronous_commit=$sync, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
    PGOPTIONS="-c synchronous_commit=$sync" pgbench -n -M prepared -f bench/registrering.pgbench.sql -D seq=0 -D clients="$clients" -D base=$((RUN * 200000)) \
        -c "$clients" -j "$threads" -T "$DURATION" -P 10 "$DB" 2>&1 \
        | grep -vE '^(pgbench \(|transaction type|scaling factor|query mode|number of clients|number of threads|maximum number of tries|duration)'
    psql_db -Atc "select 'rows inserted: ' || count(*) - $before || ', samtale now ' || count(*) || ' rows; audit records inserted: '
        || (select count(*) - $logged from adgangslog) from samtale"
}

for sync in ${SYNC_MODES:-on off}; do
    run 1 1 "$sync"
    run 8 2 "$sync"
done

if [[ "${KEEP_DB:-0}" == 1 ]]; then
    echo "kept database $DB"
else
    psql -X -q -d postgres -c "drop database $DB"
fi
