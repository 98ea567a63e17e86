# Sourced by the benchmark scripts: starts target/samtaleregister.jar on $PORT with a fresh data dir $DATA_DIR and a
# fresh demo key $KEY, logging to $LOG; waits until it answers UP, and stops it (SIGTERM, so that its PostgreSQL stops
# too) when the script ends. Sets SERVER (its pid), URL, and PGHOST, PGPORT, PGUSER, PGDATABASE for psql and pgbench
# on its embedded PostgreSQL. Then token BODY prints a demo token for the caller BODY describes.
URL="http://127.0.0.1:$PORT"
rm -rf "$DATA_DIR" "$KEY"
echo "== starting target/samtaleregister.jar on $URL, data in $DATA_DIR (log: $LOG)"
java -jar target/samtaleregister.jar --server.port="$PORT" --samtaleregister.embedded-postgres.data-dir="$DATA_DIR" \
    --samtaleregister.sikkerhed.demo.noeglefil="$KEY" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill -TERM "$SERVER" 2>/dev/null && wait "$SERVER" || true' EXIT
for _ in $(seq 1 180); do
    curl -fs "$URL/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$SERVER" 2>/dev/null || { echo "the service died; see $LOG" >&2; exit 1; }
    sleep 1
done
curl -fs "$URL/actuator/health" | grep -q '"UP"' || { echo "the service did not come up; see $LOG" >&2; exit 1; }
export PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGDATABASE=postgres
PGPORT=$(grep -o 'embedded PostgreSQL on 127.0.0.1:[0-9]*' "$LOG" | head -1 | cut -d: -f2)

token() {
    local t
    t=$(curl -fsS -H 'Content-Type: application/json' "$URL/api/v1/demo/token" -d "$1" | sed -nE 's/.*"access_token":"([^"]+)".*/\1/p')
    [[ -n "$t" ]] || { echo "no access_token from $URL/api/v1/demo/token" >&2; exit 1; }
    printf '%s' "$t"
}
