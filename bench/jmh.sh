#!/usr/bin/env bash
# JMH micro-benchmarks of the build's hot spots (src/test/java/org/dateline/bench).
#
#   bench/jmh.sh                      every benchmark, 1 fork, 3 warm-up and 5 measured iterations
#   bench/jmh.sh Fingerprint -prof gc any JMH arguments (a name pattern, -f, -wi, -i, -prof ...)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-f 1 -wi 3 -w 2s -i 5 -r 2s)
exec java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main "${args[@]}"
