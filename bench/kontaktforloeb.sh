#!/usr/bin/env bash
# The in-memory computation of every kontaktforløb (target: 1,000,000 citizens in 2 s or less on 2 cores):
# builds N synthetic citizens in memory (as bench/befolkning.sh draws them: one or two periods, ten conversations) and
# times Kontaktforloebsberegning.beregn over all of them on THREADS threads, ROUNDS rounds (the first are warm-up).
# The class is src/test/java/dk/samtaleregister/benchmark/KontaktforloebMaaling.java. See BENCHMARKS.md section 5.
#
#   bench/kontaktforloeb.sh 1000000
#
# Environment: THREADS (2), ROUNDS (5), HEAP (java -Xmx, default 6g), JAVA_OPTS (more JVM flags).
# Pin to 2 cores with e.g. `taskset -c 0,1 bench/kontaktforloeb.sh 1000000` on a larger machine.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-1000000}"
[[ "$N" =~ ^[0-9]+$ && "$N" -ge 1 ]] || { echo "usage: bench/kontaktforloeb.sh N" >&2; exit 1; }

mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test

echo "== $N citizens, ${THREADS:-2} thread(s), $(nproc) cores available, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
# shellcheck disable=SC2086
exec java -Xmx"${HEAP:-6g}" ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" \
    dk.samtaleregister.benchmark.KontaktforloebMaaling "$N" "${THREADS:-2}" "${ROUNDS:-5}"
