#!/usr/bin/env bash
# Benchmark of the DCAT-AP export (issue 5), as ARCHITECTURE.md "How we measure" says, on COUNT
# synthetic datasets (src/test/java/org/datagora/bench/SyntheticCatalog.java):
#  1. bulk creation through the service layer (BulkLoadBench), or LOADED=DIR to start from a copy
#     of an earlier run's work directory (its data/ and ids.txt);
#  2. the portal with its heap capped at HEAP (512m): the whole catalog streamed as N-Triples (which
#     counts the triples) and then as Turtle, twice, timed at the client; heap and resident memory;
#  3. the ceiling: Jena's streaming Turtle writer, with the same prefixes, on the first
#     CEILING_TRIPLES triples of that same dump, held in memory (TurtleWriterBench), in triples/s
#     beside the portal's;
#  4. one dataset's RDF (/datasets/{id}.ttl and .jsonld), p50/p99 at 4 connections beside the
#     /api/1/ping floor of the same run.
# Needs wrk. Usage: bench/dcat.sh [COUNT]. About 25 minutes for 1,000,000 datasets on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
COUNT=${1:-1000000}
WORK=${WORK:-/tmp/datagora-dcat-bench}
PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
HEAP=${HEAP:-512m}
CEILING_TRIPLES=${CEILING_TRIPLES:-5000000}

rm -rf "$WORK" && mkdir -p "$WORK/data" "$WORK/bin"
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/bin/bench.classpath" -Dmdep.includeScope=test
cp -r target/datagora.jar target/classes target/test-classes "$WORK/bin/"
JAR=$WORK/bin/datagora.jar
CP="$WORK/bin/classes:$WORK/bin/test-classes:$(cat "$WORK/bin/bench.classpath")"
DATA=$WORK/data
load() { echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"

# 1. the catalog
if [ -n "${LOADED:-}" ]; then
  cp -a "$LOADED/data/." "$DATA/" && cp "$LOADED/ids.txt" "$WORK/ids.txt"
  echo "loaded catalog copied from $LOADED"
else
  java -cp "$CP" org.datagora.bench.BulkLoadBench "$DATA" "$COUNT" "$WORK/ids.txt" 2>&1 \
    | tee "$WORK/load.log" | grep -E "bulk-create|Exception" || true
fi

# 2. the dump, heap capped
DATAGORA_DB_EMBEDDED_DIRECTORY="$DATA/postgres" DATAGORA_FILES_DIRECTORY="$DATA/files" \
DATAGORA_SEARCH_DIRECTORY="$DATA/solr" DATAGORA_DEMO_MODE=never DATAGORA_RATE_LIMIT_PER_SECOND=0 \
  java -Xmx$HEAP -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --server.port=$PORT > "$WORK/portal.log" 2>&1 &
pid=$!
wait_for "http://127.0.0.1:$PORT/api/1/ping" $pid
base="http://127.0.0.1:$PORT"
timed() { # url, output file: seconds to receive the whole answer
  curl -sf -o "$2" -w '%{time_total}' "$1"
}
nt_seconds=$(timed "$base/catalog/dump.nt" "$WORK/dump.nt")
triples=$(wc -l < "$WORK/dump.nt")
echo "dump as N-Triples: $triples triples, $(du -h "$WORK/dump.nt" | cut -f1), $nt_seconds s $(load)"
best=""
for run in $(seq 1 "${RUNS:-2}"); do
  seconds=$(timed "$base/catalog/dump.ttl" "$WORK/dump.ttl")
  echo "dump as Turtle, run $run: $(du -h "$WORK/dump.ttl" | cut -f1), $seconds s, $(echo "$triples / $seconds" | bc) triples/s $(load)"
  if [ -z "$best" ] || [ "$(echo "$seconds < $best" | bc)" = 1 ]; then best=$seconds; fi
done
portal_rate=$(echo "$triples / $best" | bc)
heap=$(awk 'match($0, /->[0-9]+M\(/) {v = substr($0, RSTART + 2, RLENGTH - 4) + 0; if (v > max) max = v} END {print max + 0}' "$WORK/gc.log")
echo "portal (-Xmx$HEAP) after the dumps: largest heap after a collection $heap MiB, resident $(( $(ps -o rss= -p $pid) / 1024 )) MiB;" \
  "out of memory: $(grep -c OutOfMemoryError "$WORK/portal.log" || true)"

# 3. the ceiling on the same triples
ceiling=$(java -Xmx6g -cp "$CP" org.datagora.bench.TurtleWriterBench "$WORK/dump.nt" "$WORK/dump.ttl" "$CEILING_TRIPLES" 20 30 2>&1 \
  | tee "$WORK/ceiling.log" | grep -E "triples/s|Exception" || true)
echo "$ceiling $(load)"
ceiling_rate=$(echo "$ceiling" | grep -o "[0-9]* triples/s" | tr -dc 0-9)
echo "dump (Turtle, best run): $portal_rate triples/s = $(echo "scale=1; 100 * $portal_rate / $ceiling_rate" | bc) % of Jena's writer alone"

# 4. one dataset's RDF
export DATAGORA_BENCH_IDS="$WORK/ids.txt"
wrk -t2 -c4 -d20s -s bench/dataset-ids.lua "$base" -- /datasets/ .ttl > /dev/null
floor=$(wrk -t2 -c4 -d$DURATION --latency "$base/api/1/ping")
ttl=$(wrk -t2 -c4 -d$DURATION --latency -s bench/dataset-ids.lua "$base" -- /datasets/ .ttl)
jsonld=$(wrk -t2 -c4 -d$DURATION --latency -s bench/dataset-ids.lua "$base" -- /datasets/ .jsonld)
report "floor /api/1/ping, 4 connections  " "$floor"
report "/datasets/{id}.ttl, 4 connections   " "$ttl"
report "/datasets/{id}.jsonld, 4 connections" "$jsonld"
load
stop $pid
