#!/usr/bin/env bash
# The bulk export's rate: GET /api/v1/eksport/... over HTTP (curl to /dev/null) beside its yardstick, the very COPY
# statement the service ran (taken from its log) run by psql against the same database to /dev/null, one after the
# other in the same run on the same machine. See docs/export.md.
#
#   bench/eksport.sh 100000     # bench/befolkning.sh 100000 (1,000,000 conversations) into BENCH_DB, then the runs
#   REUSE=1 bench/eksport.sh    # the runs on an existing BENCH_DB
#
# Three exports, each RUNS times, HTTP and psql alternating: STAR's conversations FRA..TIL (every one the population
# has), jobcenter 101's conversations (its citizens of today: about a 98th), STAR's kontaktgruppeperioder. Before the
# runs it checks once that the HTTP answer and psql's output are the same bytes. The service runs with a heap far
# smaller than the file (JAVA_OPTS, -Xmx256m), which it could not hold; its resident size is printed at the end.
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DB (samtaleregister_eksport), REUSE (0),
# RUNS (2), PORT (18091), FRA (2020-01-01), TIL (2026-12-31), JAVA_OPTS (-Xmx256m), KEEP_DB=1 to keep the database
# (by default it is kept only when it was reused). The service log goes to target/eksport-bench.log.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-100000}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export BENCH_DB="${BENCH_DB:-samtaleregister_eksport}"
PORT="${PORT:-18091}"
RUNS="${RUNS:-2}"
FRA="${FRA:-2020-01-01}" TIL="${TIL:-2026-12-31}"
URL="http://127.0.0.1:$PORT"
LOG=target/eksport-bench.log
KEY=target/eksport-demo-signeringsnoegle.json
case "$PGHOST" in
    127.*|localhost) ;;
    *) echo "eksport.sh: PGHOST=$PGHOST is not local; this benchmark only runs against this machine" >&2; exit 1 ;;
esac
command -v curl >/dev/null || { echo "eksport.sh: curl missing" >&2; exit 1; }

if [[ "${REUSE:-0}" == 1 ]]; then
    echo "== reusing database $BENCH_DB"
else
    bench/befolkning.sh "$N"
fi

mvn -q -B -Dstyle.color=never package -DskipTests

# The database was migrated with psql, not Flyway: let Flyway take it as baselined at the newest migration.
LATEST=$(ls src/main/resources/db/migration/V*__*.sql | sort -V | tail -1 | sed -E 's|.*/V([0-9._]+)__.*|\1|')
mkdir -p target
rm -f "$KEY"
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx256m} -jar target/samtaleregister.jar --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" --spring.datasource.username="$PGUSER" \
    --spring.flyway.baseline-on-migrate=true --spring.flyway.baseline-version="$LATEST" \
    --samtaleregister.sikkerhed.demo.noeglefil="$KEY" \
    --logging.level.dk.samtaleregister.eksport.persistence=DEBUG >"$LOG" 2>&1 &
PID=$!
stop() {
    if kill -0 "$PID" 2>/dev/null; then
        kill -TERM "$PID"
        for _ in $(seq 1 30); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
    fi
    rm -f target/eksport-bench.http.csv target/eksport-bench.psql.csv
    if [[ "${KEEP_DB:-${REUSE:-0}}" != 1 ]]; then
        psql -X -q -d postgres -c "drop database if exists $BENCH_DB"
    fi
}
trap stop EXIT

for _ in $(seq 1 120); do
    if curl -fs "$URL/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    kill -0 "$PID" 2>/dev/null || { echo "eksport.sh: the service exited; see $LOG" >&2; exit 1; }
    sleep 1
done
curl -fs "$URL/actuator/health" | grep -q '"UP"' || { echo "eksport.sh: the service did not come up; see $LOG" >&2; exit 1; }

# A demo token (valid for an hour), extracted without jq.
token() {
    local answer
    answer=$(curl -fsS -H 'Content-Type: application/json' "$URL/api/v1/demo/token" -d "$1")
    sed -nE 's/.*"access_token":"([^"]+)".*/\1/p' <<<"$answer"
}
STAR=$(token '{"myndighed":{"type":"STAR","kode":"STAR"},"sagsbehandler":"star-bench"}')
JC101=$(token '{"myndighed":{"type":"JOBCENTER","kode":"101"},"sagsbehandler":"jc101-bench"}')
[[ -n "$STAR" && -n "$JC101" ]] || { echo "eksport.sh: no access_token from $URL/api/v1/demo/token" >&2; exit 1; }

# The psql session as the service's transaction has it: Danish time (the service sets it for its transaction), UTF-8.
psql_copy() { PGOPTIONS="-c TimeZone=Europe/Copenhagen" PGCLIENTENCODING=UTF8 psql -X -q -d "$BENCH_DB" -c "$1"; }
now() { date +%s.%N; }
# The COPY statement of the service's last export, as its DEBUG log line gives it.
statement() { grep -o 'Export statement: .*' "$LOG" | tail -1 | sed 's/^Export statement: //'; }

http() { # token, path, output: prints "status seconds bytes"
    curl -sS --max-time 1800 -H "Authorization: Bearer $1" -o "$3" -w '%{http_code} %{time_total} %{size_download}' "$URL$2"
}

echo "== check: the HTTP answer is byte for byte psql's output of the statement the service ran"
read -r code _ _ <<<"$(http "$JC101" "/api/v1/eksport/samtaler?fra=$FRA&til=$TIL" target/eksport-bench.http.csv)"
[[ "$code" == 200 ]] || { echo "eksport.sh: HTTP $code; see $LOG" >&2; exit 1; }
psql_copy "$(statement)" >target/eksport-bench.psql.csv
cmp target/eksport-bench.http.csv target/eksport-bench.psql.csv
echo "same $(wc -c <target/eksport-bench.http.csv) bytes, $(($(wc -l <target/eksport-bench.http.csv) - 1)) rows"
rm -f target/eksport-bench.http.csv target/eksport-bench.psql.csv

echo "== $(psql -X -Atd "$BENCH_DB" -c 'select count(*) from samtale') conversations, $(psql -X -Atd "$BENCH_DB" -c 'select count(*) from borger')" \
     "citizens; $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(psql -X -Atd "$BENCH_DB" -c 'show server_version') on :$PGPORT;" \
     "service heap ${JAVA_OPTS:--Xmx256m}; $(date -u +%FT%TZ)"
printf '%-5s %-34s %6s %9s %12s %10s %11s %8s   %9s %11s %8s   %s\n' run export HTTP seconds bytes rows rows/s MB/s \
    "psql s" rows/s MB/s "HTTP÷psql"
for run in $(seq 1 "$RUNS"); do
    for export in "STAR samtaler:$STAR:/api/v1/eksport/samtaler?fra=$FRA&til=$TIL" \
                  "jobcenter 101 samtaler:$JC101:/api/v1/eksport/samtaler?fra=$FRA&til=$TIL" \
                  "STAR kontaktgruppeperioder:$STAR:/api/v1/eksport/kontaktgruppeperioder?fra=$FRA&til=$TIL"; do
        IFS=: read -r name tok path <<<"$export"
        read -r code secs bytes <<<"$(http "$tok" "$path" /dev/null)"
        [[ "$code" == 200 ]] || { echo "eksport.sh: HTTP $code for $path; see $LOG" >&2; exit 1; }
        rows=$(grep -o 'Export GET [^ ]*: [0-9]* row' "$LOG" | tail -1 | awk '{print $4}')
        start=$(now)
        psql_copy "$(statement)" >/dev/null
        psecs=$(echo "$(now) - $start" | bc)
        awk -v r="$run" -v n="$name" -v c="$code" -v s="$secs" -v b="$bytes" -v rows="$rows" -v p="$psecs" 'BEGIN {
            printf "%-5s %-34s %6s %9.2f %12d %10d %11.0f %8.1f   %9.2f %11.0f %8.1f   %.2f\n",
                r, n, c, s, b, rows, rows / s, b / s / 1e6, p, rows / p, b / p / 1e6, p / s }'
    done
    echo "   load $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "== the service's resident size after the runs: $(($(ps -o rss= -p "$PID") / 1024)) MB"
echo "== the service's own timing ($LOG):"
grep -o 'Export GET.*' "$LOG" || true
