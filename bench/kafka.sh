#!/usr/bin/env bash
# The Kafka publisher: its publish rate (events/s) over a backlog of N events, and the delay from a change to the
# broker's acknowledgement at R changes/s for D seconds (p50, p99), each with its anchor measured in the same run: a
# bare KafkaProducer with the same settings sending the same records. Everything on this machine: an embedded KRaft
# broker, the service on its embedded PostgreSQL, and a second instance of it that publishes.
# The class is src/test/java/dk/samtaleregister/benchmark/KafkaUdgivelseMaaling.java.
#
#   bench/kafka.sh 50000 100 30
#
# Environment: INTERVAL (the publisher's samtaleregister.kafka.interval, 200ms), PR_GANG (its pr-gang, 500),
# HEAP (java -Xmx, default 2g), JAVA_OPTS (more JVM flags).
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-50000}"
R="${2:-100}"
D="${3:-30}"
for tal in "$N" "$R" "$D"; do
    [[ "$tal" =~ ^[0-9]+$ && "$tal" -ge 1 ]] || { echo "usage: bench/kafka.sh N R D" >&2; exit 1; }
done

mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test

echo "== N=$N R=$R D=$D, $(nproc) cores available, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
# shellcheck disable=SC2086
exec java -Xmx"${HEAP:-2g}" ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" \
    dk.samtaleregister.benchmark.KafkaUdgivelseMaaling "$N" "$R" "$D" "${INTERVAL:-200ms}" "${PR_GANG:-500}"
