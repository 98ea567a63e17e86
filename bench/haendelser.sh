#!/usr/bin/env bash
# The feed's read rate: GET /api/v1/haendelser by STAR, page after page, against the packaged service on its embedded
# PostgreSQL, beside its yardstick: the same statements run by pgbench on the same server in the same run. See
# BENCHMARKS.md.
#
#   bench/haendelser.sh            # build, start on 127.0.0.1:18081 with a fresh data dir, seed, then wrk and pgbench
#
# The seed goes straight into the service's database with SQL: EVENTS events (default 1,000,000) of 100,000 citizens,
# each a SAMTALE_OPRETTET whose state is a real answer's size, already numbered. Every read of 1,000 events carries
# about 1,000 citizens, so its audit record names them all.
#
# Environment: PORT (18081), DATA_DIR (/tmp/samtaleregister-feedbench, emptied first), EVENTS (1000000), MAX (1000),
# DURATION (30s), SKIP_BUILD=1 to use target/samtaleregister.jar as it is. The service is stopped when the script ends.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18081}"
DATA_DIR="${DATA_DIR:-/tmp/samtaleregister-feedbench}"
EVENTS="${EVENTS:-1000000}"
MAX="${MAX:-1000}"
DURATION="${DURATION:-30s}"
LOG=target/haendelser-server.log
KEY=target/haendelser-demo-signeringsnoegle.json
STAR='{"myndighed":{"type":"STAR","kode":"STAR"},"sagsbehandler":"star-bench"}'

for tool in wrk curl psql pgbench; do
    command -v "$tool" >/dev/null || { echo "haendelser.sh: $tool missing" >&2; exit 1; }
done
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    mvn -q -B -Dstyle.color=never package -DskipTests
fi

mkdir -p target
# shellcheck source=bench/tjeneste.sh
source bench/tjeneste.sh

echo "== seeding $EVENTS events of 100,000 citizens into the service's database"
psql -X -q -v ON_ERROR_STOP=1 -v events="$EVENTS" <<'SQL'
set synchronous_commit = off;
insert into borger (cpr) select lpad((1000000000 + i)::text, 10, '0') from generate_series(1, 100000) i;
insert into haendelse (position, type, entitet, entitet_id, version, borger_id, samtaletype, kalder_ident,
                       kalder_myndighedstype, kalder_myndighedskode, tilstand)
select i, 'SAMTALE_OPRETTET', 'samtale', i, 1, b.id, 7, 'jc101-bench', 'JOBCENTER', '101', cast('{"samtalenummer":' || i
       || ',"cpr":"' || b.cpr || '","afholdt":"2024-03-01T10:00:00+01:00","samtaletype":7,"kontaktform":"PERSONLIGT_FREMMOEDE",'
       || '"samtaleinformation":"Aftalt jobsøgning.","flereMyndigheder":false,"deltagelsesstatus":null,"planlagtSamtale":null,'
       || '"ansvarligSagsbehandler":{"ident":"jc101-bench","myndighed":{"type":"JOBCENTER","kode":"101"}},"aftalenummer":null,'
       || '"samtykkeloebenummer":null,"nulstillende":true,"status":"AKTIV","registreringstidspunkt":"2026-12-03T13:04:17.482113+01:00",'
       || '"version":1}' as json)
  from generate_series(1, :events) i join borger b on b.id = (i::bigint * 7919) % 100000 + 1;
vacuum analyze borger, haendelse;
SQL

TOKEN=$(token "$STAR")
page=$(curl -fsS "$URL/api/v1/haendelser?efter=0&max=$MAX" -H "Authorization: Bearer $TOKEN")
echo "== one page: $(grep -o '"position"' <<<"$page" | wc -l) events, $(wc -c <<<"$page") bytes"

feed() {
    echo
    echo "== $1: wrk -t$2 -c$3 -d$DURATION, pages of $MAX, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
    wrk -t"$2" -c"$3" -d"$DURATION" --latency -s bench/wrk-haendelser.lua "$URL" -- "$EVENTS" "$MAX" "$TOKEN"
}
feed "warm-up (not reported)" 1 1
feed "one reader" 1 1
feed "four readers" 2 4

yardstick() {
    echo
    echo "== yardstick, the same statements by pgbench -c$1 -T${DURATION%s}"
    pgbench -n -f bench/haendelser.pgbench.sql -D events="$EVENTS" -D max="$MAX" -c"$1" -j"$1" -T"${DURATION%s}" postgres \
        | grep -E 'tps|latency average|number of transactions actually'
}
yardstick 1
yardstick 4
