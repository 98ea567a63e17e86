#!/usr/bin/env bash
# Builds the main and test classes and runs JMH from the test classpath. Arguments go to JMH as they are, e.g.
#   bench/jmh.sh RegistreringsvurderingBenchmark -bm avgt -tu ns -prof gc
# Run from the repository root (or anywhere: it changes to the root itself). See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test

# The benchmarks exist for JMH only if its annotation processor ran over the test sources.
if [[ ! -s target/test-classes/META-INF/BenchmarkList ]]; then
    echo "jmh.sh: target/test-classes/META-INF/BenchmarkList is missing: the JMH annotation processor did not run" >&2
    exit 1
fi

exec java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "$@"
