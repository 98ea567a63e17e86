#!/usr/bin/env bash
# Bulk import: 1,000,000 conversations of 100,000 citizens through POST /api/v1/import/samtaler, against the packaged
# service on its embedded PostgreSQL, beside its anchor: PostgreSQL's own COPY of as many rows into the same table
# (samtale: a table like it, with its checks and indexes), on the same server in the same run. See BENCHMARKS.md.
#
#   bench/import.sh            # build, start on 127.0.0.1:18082 with a fresh data dir, import, then the anchor
#
# First the citizens' periods go in the same way (kontaktgruppe 1 and jobcenter 101 from 2020-01-01, one file each),
# then the conversations: CITIZENS citizens (100,000), PER_CITIZEN each (10), type 7 held in person by jobcenter 101's
# caseworker on days of 2024 a week apart, so every row passes the rules; the file is about 100 MB. The anchor copies
# the same number of rows, of the same width, into a table like samtale with psql's \copy, held on days of 2023 so that no row
# meets an imported one in the duplicate index. The floor then writes what the import must write, by bare SQL with no rule
# judged: the same rows (days of 2022, new numbers) by \copy straight into samtale, samtaleversion and haendelse (the
# imported events' own JSON), in one transaction, with the schema's foreign keys and its deferred check that every
# current row names its version; not the audit records, so the floor is if anything low.
#
# Environment: PORT (18082), DATA_DIR (/tmp/samtaleregister-importbench, emptied first), CITIZENS (100000),
# PER_CITIZEN (10), SKIP_BUILD=1 to use target/samtaleregister.jar as it is. The service is stopped when the script ends.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18082}"
DATA_DIR="${DATA_DIR:-/tmp/samtaleregister-importbench}"
CITIZENS="${CITIZENS:-100000}"
PER_CITIZEN="${PER_CITIZEN:-10}"
LOG=target/import-server.log
KEY=target/import-demo-signeringsnoegle.json
FILES=target/import-bench
FEED='{"myndighed":{"type":"JOBCENTER","kode":"101"},"sagsbehandler":"dfdg-feed-bench","roller":["SYSTEM"]}'

for tool in curl psql gawk; do
    command -v "$tool" >/dev/null || { echo "import.sh: $tool missing" >&2; exit 1; }
done
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    mvn -q -B -Dstyle.color=never package -DskipTests
fi

mkdir -p "$FILES"
echo "== writing the files: $CITIZENS citizens, $((CITIZENS * PER_CITIZEN)) conversations"
# The i-th citizen's CPR number, as in wrk.sh: ddmmyy of a real date in 1950-1999, 7th digit 0, no modulus 11.
gawk -v n="$CITIZENS" -v k="$PER_CITIZEN" -v dir="$FILES" 'BEGIN {
    print "cpr;kontaktgruppe;fra;til" > dir "/kontaktgruppeperioder.csv"
    print "cpr;jobcenter;fra;til" > dir "/jobcentertilknytninger.csv"
    print "cpr;afholdt;samtaletype;kontaktform;samtaleinformation;flereMyndigheder;ansvarligSagsbehandler.ident;" \
          "ansvarligSagsbehandler.myndighed.type;ansvarligSagsbehandler.myndighed.kode" > dir "/samtaler.csv"
    for (i = 0; i < n; i++) {
        cpr = sprintf("%02d%02d%02d0%03d", i % 28 + 1, int(i / 28) % 12 + 1, 50 + int(i / 336) % 50, int(i / 16800) % 1000)
        print cpr ";1;2020-01-01;" > dir "/kontaktgruppeperioder.csv"
        print cpr ";101;2020-01-01;" > dir "/jobcentertilknytninger.csv"
        for (j = 0; j < k; j++) {
            dag = 1 + j * 7 + i % 7
            printf "%s;%s;7;PERSONLIGT_FREMMOEDE;Aftalt jobsøgning.;false;jc101-bench;JOBCENTER;101\n", cpr,
                strftime("%Y-%m-%dT%H:%M", mktime(sprintf("2024 01 %d %d %d 00", dag, 9 + i % 6, i % 60)), 1) > dir "/samtaler.csv"
        }
    }
}'
ls -la "$FILES"

# shellcheck source=bench/tjeneste.sh
source bench/tjeneste.sh
TOKEN=$(token "$FEED")

importer() {
    local art=$1 rows
    rows=$(($(wc -l <"$FILES/$art.csv") - 1))
    echo
    echo "== POST /api/v1/import/$art: $rows rows, $(du -h "$FILES/$art.csv" | cut -f1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
    curl -sS -o "target/import-$art.json" -w 'status %{http_code}, %{time_total} s\n' -X POST "$URL/api/v1/import/$art" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$FILES/$art.csv" | tee target/import-$art.time
    head -c 200 "target/import-$art.json"; echo
    gawk -v r="$rows" '{print "rate: " int(r / $3) " rows/s"}' target/import-$art.time
}
importer kontaktgruppeperioder
importer jobcentertilknytninger
importer samtaler
psql -X -Atc "select 'samtale ' || count(*) || ', samtaleversion ' || (select count(*) from samtaleversion) || ', haendelse ' || (select count(*) from haendelse) from samtale"

echo
echo "== anchor: psql \\copy of $((CITIZENS * PER_CITIZEN)) rows of the same width into a table like samtale (its columns, checks and indexes; not its foreign keys, which want the version row in the same statement)"
psql -X -q -v ON_ERROR_STOP=1 -c "create table samtale_anker (like samtale including all)" -c checkpoint
psql -X -q -v ON_ERROR_STOP=1 -c "copy (select b.id, s.afholdt - interval '1 year', s.samtaletype, s.kontaktform, s.samtaleinformation,
        s.flere_myndigheder, s.sagsbehandler_ident, s.myndighedstype, s.myndighedskode, s.nulstillende, s.version
   from samtale s join borger b on b.id = s.borger_id) to '/tmp/samtale-anker.csv' with (format csv)"
START=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -c "\\copy samtale_anker (borger_id, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
        sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, version) from '/tmp/samtale-anker.csv' with (format csv)"
END=$(date +%s.%N)
awk -v s="$START" -v e="$END" -v r="$((CITIZENS * PER_CITIZEN))" 'BEGIN {printf "anchor: %.2f s, %d rows/s\n", e - s, r / (e - s)}'
rm -f /tmp/samtale-anker.csv

echo
echo "== floor: the same rows by bare SQL into samtale, samtaleversion and haendelse, one transaction, the schema's keys and checks"
psql -X -q -v ON_ERROR_STOP=1 -c "create table gulv as select nextval(pg_get_serial_sequence('samtale', 'samtalenummer')) as nr, s.*
   from samtale s order by s.samtalenummer" \
    -c "copy (select nr, borger_id, afholdt - interval '2 years', samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
        sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, 1 from gulv order by nr) to '/tmp/gulv-samtale.csv' with (format csv)" \
    -c "copy (select nr, 1, 'OPRETTET', afholdt - interval '2 years', samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
        sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, false, sagsbehandler_ident, myndighedstype, myndighedskode
        from gulv order by nr) to '/tmp/gulv-samtaleversion.csv' with (format csv)" \
    -c "copy (select h.type, h.entitet, g.nr, 1, h.borger_id, h.samtaletype, h.kalder_ident, h.kalder_myndighedstype,
        h.kalder_myndighedskode, h.tilstand from haendelse h join gulv g on g.samtalenummer = h.entitet_id
        where h.entitet = 'samtale' order by g.nr) to '/tmp/gulv-haendelse.csv' with (format csv)" \
    -c "drop table gulv" -c checkpoint
START=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
begin;
\copy samtale (samtalenummer, borger_id, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder, sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, version) from '/tmp/gulv-samtale.csv' with (format csv)
\copy samtaleversion (samtalenummer, version, art, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder, sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, annulleret, aendret_af_ident, aendret_af_myndighedstype, aendret_af_myndighedskode) from '/tmp/gulv-samtaleversion.csv' with (format csv)
\copy haendelse (type, entitet, entitet_id, version, borger_id, samtaletype, kalder_ident, kalder_myndighedstype, kalder_myndighedskode, tilstand) from '/tmp/gulv-haendelse.csv' with (format csv)
commit;
SQL
END=$(date +%s.%N)
awk -v s="$START" -v e="$END" -v r="$((CITIZENS * PER_CITIZEN))" 'BEGIN {printf "floor: %.2f s, %d rows/s\n", e - s, r / (e - s)}'
rm -f /tmp/gulv-samtale.csv /tmp/gulv-samtaleversion.csv /tmp/gulv-haendelse.csv
