#!/usr/bin/env bash
# The national rettidighed report for a year, read from PostgreSQL (target: 1,000,000 citizens in 60 s or
# less): generates N citizens with bench/befolkning.sh (or reuses BENCH_DB with REUSE=1), starts the packaged service
# against that database, waits for health, and times GET /api/v1/rapporter/rettidighed?fra=2024-01-01&til=2024-12-31
# as JSON and as CSV (RUNS times each; the first includes the JIT's warm-up). See BENCHMARKS.md section 5.
# The report of every jobcenter is STAR's only: the service runs in demo mode and the script asks it for a STAR
# token (POST /api/v1/demo/token; signing key made afresh in target/rapport-demo-signeringsnoegle.json). Each report request
# also writes one audit record.
#
#   bench/rapport.sh 100000
#   REUSE=1 BENCH_DB=samtaleregister_befolkning bench/rapport.sh 100000
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DB (samtaleregister_befolkning),
# REUSE (0), RUNS (2), PORT (18090), FRA (2024-01-01), TIL (2024-12-31), JAVA_OPTS, KEEP_DB=1 to keep the database
# (by default it is kept only when it was reused). The service log goes to target/rapport-bench.log.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-10000}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export BENCH_DB="${BENCH_DB:-samtaleregister_befolkning}"
PORT="${PORT:-18090}"
RUNS="${RUNS:-2}"
FRA="${FRA:-2024-01-01}" TIL="${TIL:-2024-12-31}"
URL="http://127.0.0.1:$PORT"
LOG=target/rapport-bench.log
KEY=target/rapport-demo-signeringsnoegle.json
case "$PGHOST" in
    127.*|localhost) ;;
    *) echo "rapport.sh: PGHOST=$PGHOST is not local; this benchmark only runs against this machine" >&2; exit 1 ;;
esac
command -v curl >/dev/null || { echo "rapport.sh: curl missing" >&2; exit 1; }

if [[ "${REUSE:-0}" == 1 ]]; then
    echo "== reusing database $BENCH_DB"
else
    bench/befolkning.sh "$N"
fi

mvn -q -B -Dstyle.color=never package -DskipTests

# The database was migrated with psql, not Flyway: let Flyway take it as baselined at the newest migration.
LATEST=$(ls src/main/resources/db/migration/V*__*.sql | sort -V | tail -1 | sed -E 's|.*/V([0-9._]+)__.*|\1|')
mkdir -p target
rm -f "$KEY" # a fresh demo key every run, made by the service in whatever algorithm it now uses
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar target/samtaleregister.jar --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" --spring.datasource.username="$PGUSER" \
    --spring.flyway.baseline-on-migrate=true --spring.flyway.baseline-version="$LATEST" \
    --samtaleregister.sikkerhed.demo.noeglefil="$KEY" >"$LOG" 2>&1 &
PID=$!
stop() {
    if kill -0 "$PID" 2>/dev/null; then
        kill -TERM "$PID"
        for _ in $(seq 1 30); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
    fi
    if [[ "${KEEP_DB:-${REUSE:-0}}" != 1 ]]; then
        psql -X -q -d postgres -c "drop database if exists $BENCH_DB"
    fi
}
trap stop EXIT

for _ in $(seq 1 120); do
    if curl -fs "$URL/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    kill -0 "$PID" 2>/dev/null || { echo "rapport.sh: the service exited; see $LOG" >&2; exit 1; }
    sleep 1
done
curl -fs "$URL/actuator/health" | grep -q '"UP"' || { echo "rapport.sh: the service did not come up; see $LOG" >&2; exit 1; }

# STAR's demo token (valid for an hour), extracted without jq.
answer=$(curl -fsS -H 'Content-Type: application/json' "$URL/api/v1/demo/token" \
    -d '{"myndighed":{"type":"STAR","kode":"STAR"},"sagsbehandler":"star-bench"}')
STAR=$(sed -nE 's/.*"access_token":"([^"]+)".*/\1/p' <<<"$answer")
[[ -n "$STAR" ]] || { echo "rapport.sh: no access_token in the answer of $URL/api/v1/demo/token: $answer" >&2; exit 1; }

echo "== report $FRA..$TIL over $(psql -X -Atd "$BENCH_DB" -c 'select count(*) from borger') citizens," \
     "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
for run in $(seq 1 "$RUNS"); do
    for accept in application/json text/csv; do
        out="target/rapport-bench.$run.${accept#*/}"
        stats=$(curl -fsS --max-time 600 -H "Authorization: Bearer $STAR" -H "Accept: $accept" -o "$out" \
            -w '%{http_code} %{time_total} %{size_download}' \
            "$URL/api/v1/rapporter/rettidighed?fra=$FRA&til=$TIL")
        read -r code secs bytes <<<"$stats"
        printf 'run %d %-16s HTTP %s  %6.2f s  %9d bytes  %5d lines\n' "$run" "$accept" "$code" "$secs" "$bytes" "$(wc -l <"$out")"
    done
done
echo "== the service's own timing (target/rapport-bench.log):"
grep -o 'Rettidighed report.*' "$LOG" || true
