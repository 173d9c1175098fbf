#!/usr/bin/env bash
# Benchmark of the catalog core (issue 2), as ARCHITECTURE.md "How we measure" says:
#  1. cold start of the embedded default on an empty data directory, to a served home page;
#  2. bulk creation of COUNT datasets with 3 resources each through the service layer;
#  3. on that catalog: GET /api/1/datasets/{id} and the dataset page, p50/p99 at 4 connections
#     and requests/s at 32, each beside the fixed 2 KB JSON floor (/api/1/ping) of the same run;
#  4. resident memory of the portal (and of its embedded PostgreSQL) after the load.
# Needs wrk (apt-get install wrk). Usage: bench/catalog.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
COUNT=${1:-100000}
WORK=${WORK:-/tmp/datagora-bench}
PORT=${PORT:-18080}
DURATION=${DURATION:-20s}
JAR=$PWD/target/datagora.jar

mvn -q -DskipTests package
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
rm -rf "$WORK" && mkdir -p "$WORK/cold" "$WORK/data"


machine

# 1. cold start: empty data directory (initdb, migrations, geo zones, demo content)
start=$(date +%s.%N)
(cd "$WORK/cold" && exec java -jar "$JAR" --server.port=$PORT > "$WORK/cold.log" 2>&1) &
pid=$!
wait_for "http://127.0.0.1:$PORT/" $pid
echo "cold start to a served home page (empty data directory): $(echo "$(date +%s.%N) - $start" | bc) s"
stop $pid
start=$(date +%s.%N)
(cd "$WORK/cold" && exec java -jar "$JAR" --server.port=$PORT >> "$WORK/cold.log" 2>&1) &
pid=$!
wait_for "http://127.0.0.1:$PORT/" $pid
echo "restart to a served home page (existing data): $(echo "$(date +%s.%N) - $start" | bc) s"
stop $pid

# 2. bulk creation through the service layer
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.datagora.bench.BulkLoadBench \
  "$WORK/data" "$COUNT" "$WORK/ids.txt" 2>&1 | grep -E "bulk-create|Exception" || true

# 3. reads over HTTP
start_portal "$WORK/data" "$WORK/portal.log"
export DATAGORA_BENCH_IDS="$WORK/ids.txt"
base="http://127.0.0.1:$PORT"
lua="bench/dataset-ids.lua"
# warm-up: JIT, connection pool, page cache
wrk -t2 -c8 -d20s "$base/api/1/ping" > /dev/null
wrk -t2 -c8 -d20s -s $lua "$base" -- /api/1/datasets/ > /dev/null
wrk -t2 -c8 -d20s -H "Accept-Encoding: gzip" -s $lua "$base" -- /datasets/ > /dev/null

floor4=$(wrk -t2 -c4 -d$DURATION --latency "$base/api/1/ping")
floor32=$(wrk -t2 -c32 -d$DURATION --latency "$base/api/1/ping")
report "floor /api/1/ping, 4 connections " "$floor4"
report "floor /api/1/ping, 32 connections" "$floor32"
# the page is read as browsers read it (they all accept gzip), the API as scripts do
for target in /api/1/datasets/ /datasets/; do
  encoding=$([ "$target" = /datasets/ ] && echo "Accept-Encoding: gzip" || echo "Accept-Encoding: identity")
  report "GET ${target}{id}, 4 connections " "$(wrk -t2 -c4 -d$DURATION --latency -H "$encoding" -s $lua "$base" -- $target)"
  out=$(wrk -t2 -c32 -d$DURATION --latency -H "$encoding" -s $lua "$base" -- $target)
  report "GET ${target}{id}, 32 connections" "$out"
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  floor=$(echo "$floor32" | awk '/Requests\/sec/ {print $2}')
  echo "  ratio to the floor at 32 connections: $(echo "scale=1; 100 * $rps / $floor" | bc) %"
done

# 4. memory after the load
echo "resident memory of the portal (JVM): $(( $(ps -o rss= -p $pid) / 1024 )) MiB"
pg_rss=$(ps -eo rss,args | awk -v dir="$WORK/data/postgres" 'index($0, dir) || /postgres: / {s += $1} END {print int(s / 1024)}')
echo "resident memory of the embedded PostgreSQL processes (shared buffers counted per process): $pg_rss MiB"
stop $pid
