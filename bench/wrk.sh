#!/usr/bin/env bash
# HTTP load of POST /api/v1/samtaler against the packaged service on its embedded PostgreSQL. See BENCHMARKS.md.
#
#   bench/wrk.sh        # build, start on 127.0.0.1:18080 with a fresh data dir, seed, warm up, then -t1 -c1 and -t2 -c8
#
# The service runs in demo mode and issues its own tokens (POST /api/v1/demo/token, signing key made afresh in
# target/wrk-demo-signeringsnoegle.json): the periods are seeded with a token of role SYSTEM (the DFDG feed), and
# every registration carries the token of the caseworker its body names (jc101-bench, jobcenter 101).
#
# Environment: PORT (18080), DATA_DIR (/tmp/samtaleregister-benchdata, emptied first), DURATION (30s),
# WARMUP (15s), PER_THREAD (1000 citizens per wrk thread), SKIP_BUILD=1 to use target/samtaleregister.jar as it is,
# YARDSTICK=1 to run bench/pgbench.sh afterwards against the service's own embedded PostgreSQL (same server, same
# settings, same minutes of machine load: the fairest HTTP-vs-bare-SQL comparison on a shared machine).
# The service is stopped (SIGTERM, so that its PostgreSQL stops too) when the script ends.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18080}"
DATA_DIR="${DATA_DIR:-/tmp/samtaleregister-benchdata}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-15s}"
PER_THREAD="${PER_THREAD:-1000}"
MAX_THREADS=2
URL="http://127.0.0.1:$PORT"
LOG=target/wrk-server.log
KEY=target/wrk-demo-signeringsnoegle.json
CASEWORKER='{"myndighed":{"type":"JOBCENTER","kode":"101"},"sagsbehandler":"jc101-bench"}'
FEED_CALLER='{"myndighed":{"type":"JOBCENTER","kode":"101"},"sagsbehandler":"dfdg-feed-bench","roller":["SYSTEM"]}'
# Each run gets its own range of held times (see wrk-registrering.lua): 400,000 minutes is more than any run here uses.
STRIDE=400000

command -v wrk >/dev/null || { echo "wrk.sh: wrk missing (Debian: apt-get install wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "wrk.sh: curl missing" >&2; exit 1; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    mvn -q -B -Dstyle.color=never package -DskipTests
fi

mkdir -p target
rm -rf "$DATA_DIR"
rm -f "$KEY" # a fresh demo key every run, made by the service in whatever algorithm it now uses
echo "== starting target/samtaleregister.jar on $URL, data in $DATA_DIR (log: $LOG)"
java -jar target/samtaleregister.jar --server.port="$PORT" --samtaleregister.embedded-postgres.data-dir="$DATA_DIR" \
    --samtaleregister.sikkerhed.demo.noeglefil="$KEY" >"$LOG" 2>&1 &
SERVER=$!
stop_server() {
    if kill -0 "$SERVER" 2>/dev/null; then
        kill -TERM "$SERVER"
        wait "$SERVER" || true
    fi
}
trap stop_server EXIT

for _ in $(seq 1 180); do
    if curl -fs "$URL/actuator/health" 2>/dev/null | grep -q '"UP"'; then
        break
    fi
    kill -0 "$SERVER" 2>/dev/null || { echo "wrk.sh: the service died; see $LOG" >&2; tail -30 "$LOG" >&2; exit 1; }
    sleep 1
done
curl -fs "$URL/actuator/health" | grep -q '"UP"' || { echo "wrk.sh: the service did not come up; see $LOG" >&2; exit 1; }

# A demo token for the caller described by $1 (the body of POST /api/v1/demo/token), extracted without jq.
token() {
    local answer t
    answer=$(curl -fsS -H 'Content-Type: application/json' "$URL/api/v1/demo/token" -d "$1")
    t=$(sed -nE 's/.*"access_token":"([^"]+)".*/\1/p' <<<"$answer")
    [[ -n "$t" ]] || { echo "wrk.sh: no access_token in the answer of $URL/api/v1/demo/token: $answer" >&2; exit 1; }
    printf '%s' "$t"
}
# The "alg" of a token's header (base64url, unpadded).
alg() {
    local h=${1%%.*}
    h=$(tr '_-' '/+' <<<"$h")
    while ((${#h} % 4)); do h+="="; done
    base64 -d <<<"$h" 2>/dev/null | sed -nE 's/.*"alg":"([^"]+)".*/\1/p'
}
FEED=$(token "$FEED_CALLER")
JC=$(token "$CASEWORKER")
echo "== demo tokens ($(alg "$JC")): the feed dfdg-feed-bench with role SYSTEM, the caseworker jc101-bench of jobcenter 101"

# The i-th bench citizen, as cpr() in wrk-registrering.lua.
cpr() {
    printf -v c '%02d%02d%02d0%03d' $(($1 % 28 + 1)) $(($1 / 28 % 12 + 1)) $((50 + $1 / 336 % 50)) $(($1 / 16800 % 1000))
}

CITIZENS=$((MAX_THREADS * PER_THREAD))
echo "== seeding $CITIZENS citizens through the API with the feed's token: kontaktgruppe 1 and jobcenter 101 from 2020-01-01"
# One curl, one kept-alive connection, one request block per POST (curl's config format, blocks separated by "next").
SEED=target/wrk-seed.curl
for ((i = 0; i < CITIZENS; i++)); do
    cpr "$i"
    printf 'url = "%s/api/v1/kontaktgruppeperioder"\ndata = "{\\"cpr\\":\\"%s\\",\\"kontaktgruppe\\":1,\\"fra\\":\\"2020-01-01\\",\\"til\\":null}"\n' "$URL" "$c"
    printf 'header = "Content-Type: application/json"\nheader = "Authorization: Bearer %s"\nwrite-out = "%%{http_code}\\n"\noutput = "/dev/null"\nnext\n' "$FEED"
    printf 'url = "%s/api/v1/jobcentertilknytninger"\ndata = "{\\"cpr\\":\\"%s\\",\\"jobcenter\\":\\"101\\",\\"fra\\":\\"2020-01-01\\",\\"til\\":null}"\n' "$URL" "$c"
    printf 'header = "Content-Type: application/json"\nheader = "Authorization: Bearer %s"\nwrite-out = "%%{http_code}\\n"\noutput = "/dev/null"\nnext\n' "$FEED"
done >"$SEED"
sed -i '$ d' "$SEED" # no "next" after the last block
codes=$(curl -s -K "$SEED" | sort | uniq -c)
echo "$codes"
if [[ "$(echo "$codes" | awk '$2 != 201 {n += $1} END {print n + 0}')" != 0 ]]; then
    echo "wrk.sh: seeding answered something other than 201" >&2
    exit 1
fi

load() {
    local name=$1 threads=$2 connections=$3 duration=$4 run=$5
    echo
    echo "== $name: wrk -t$threads -c$connections -d$duration, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
    wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/wrk-registrering.lua "$URL" \
        -- $((run * STRIDE)) "$PER_THREAD" "$JC"
}

load "warm-up (not reported)" 2 8 "$WARMUP" 0
load "one client" 1 1 "$DURATION" 1
load "eight connections" 2 8 "$DURATION" 2

# Round trips to PostgreSQL per registration, counted rather than assumed: the data segments the service's pool
# sends to its embedded PostgreSQL (ss -ti, data_segs_out) over 50 registrations, one after the other. Each
# statement with its Sync (and the BEGIN pgjdbc sends with the first one) goes out as one segment. Since step 4 the
# count includes the audit record, written after the request as one INSERT in autocommit.
PG_PORT=$(grep -o 'embedded PostgreSQL on 127.0.0.1:[0-9]*' "$LOG" | head -1 | cut -d: -f2)
if [[ -n "$PG_PORT" ]] && command -v ss >/dev/null; then
    segments() { ss -tinH "( dport = :$PG_PORT )" | grep -o 'data_segs_out:[0-9]*' | cut -d: -f2 | awk '{n += $1} END {print n + 0}'; }
    cpr 0
    before=$(segments)
    bad=0
    for ((i = 0; i < 50; i++)); do
        held=$(date -u -d "@$((1609459200 + (3 * STRIDE + i) * 60))" +%Y-%m-%dT%H:%M:00Z)
        status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "Authorization: Bearer $JC" \
            "$URL/api/v1/samtaler" -d \
            "{\"cpr\":\"$c\",\"afholdt\":\"$held\",\"samtaletype\":7,\"kontaktform\":\"PERSONLIGT_FREMMOEDE\",\"samtaleinformation\":\"Aftalt jobsøgning.\",\"flereMyndigheder\":false,\"ansvarligSagsbehandler\":{\"ident\":\"jc101-bench\",\"myndighed\":{\"type\":\"JOBCENTER\",\"kode\":\"101\"}}}")
        [[ "$status" == 201 ]] || bad=$((bad + 1))
    done
    after=$(segments)
    echo
    echo "== round trips to PostgreSQL per registration (50 in a row, $bad not 201): $(awk -v a="$before" -v b="$after" 'BEGIN {printf "%.2f", (b - a) / 50}')"
fi

if [[ "${YARDSTICK:-0}" == 1 && -n "$PG_PORT" ]]; then
    echo
    echo "== the bare SQL on the service's embedded PostgreSQL (127.0.0.1:$PG_PORT)"
    PGPORT="$PG_PORT" SYNC_MODES="off on" DURATION="${DURATION%s}" bench/pgbench.sh
fi
