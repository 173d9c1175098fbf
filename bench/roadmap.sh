#!/usr/bin/env bash
# Benchmark of the opening roadmaps (issue 6), as ARCHITECTURE.md "How we measure" says:
#  1. loads ORGS organizations of the synthetic catalog, some public datasets and ENTRIES roadmap
#     entries whose lives (planned, started, postponed, opened early or late, abandoned;
#     proposals supported, accepted or declined) are spread over the last three years, through the
#     services with the portal's clock moved to the day of each change (RoadmapLoadBench);
#  2. the national overview, as a page (/roadmaps, read as browsers read it: gzip) and in the API
#     (/api/1/roadmaps), at 4 connections after a warm-up: p50 and p99 beside the /api/1/ping floor
#     of the same run. Target: p99 < 50 ms.
# Needs wrk (apt-get install wrk). Usage: bench/roadmap.sh [ENTRIES] [ORGS]; DURATION and WARMUP
# (wrk durations, 20s and 10s by default) shorten a check of the script itself.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ENTRIES=${1:-5000}
ORGS=${2:-150}
WORK=${WORK:-/tmp/datagora-roadmap-bench}
PORT=${PORT:-18090}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
JAR=$PWD/target/datagora.jar

mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
rm -rf "$WORK" && mkdir -p "$WORK/data"

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"
echo "== $ENTRIES roadmap entries across $ORGS organizations into $WORK/data"

# 1. the roadmaps, through the services
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.datagora.bench.RoadmapLoadBench \
  "$WORK/data" "$ENTRIES" "$ORGS" 2>&1 | tee "$WORK/load.log" | grep -E "roadmap-load|Exception" || true

# 2. the overview over HTTP
DATAGORA_DB_EMBEDDED_DIRECTORY="$WORK/data/postgres" DATAGORA_FILES_DIRECTORY="$WORK/data/files" \
DATAGORA_SEARCH_DIRECTORY="$WORK/data/solr" DATAGORA_DEMO_MODE=never DATAGORA_RATE_LIMIT_PER_SECOND=0 \
  java -jar "$JAR" --server.port=$PORT > "$WORK/portal.log" 2>&1 &
pid=$!
trap 'stop $pid' EXIT
wait_for "http://127.0.0.1:$PORT/api/1/ping" $pid
base="http://127.0.0.1:$PORT"
organizations=$(curl -sf "$base/api/1/roadmaps" | grep -o '"figures"' | wc -l)
entries=$(curl -sf "$base/api/1/roadmaps/entries?page_size=1" | grep -o '"total":[0-9]*' | tr -dc 0-9)
echo "served: $entries entries, $organizations organizations in the overview," \
  "$(curl -sf "$base/roadmaps" | wc -c) bytes of page"

# warm-up: JIT, connection pool, the overview and the page cache
wrk -t2 -c4 -d$WARMUP "$base/api/1/ping" > /dev/null
wrk -t2 -c4 -d$WARMUP -H "Accept-Encoding: gzip" "$base/roadmaps" > /dev/null
wrk -t2 -c4 -d$WARMUP "$base/api/1/roadmaps" > /dev/null

floor=$(wrk -t2 -c4 -d$DURATION --latency "$base/api/1/ping")
page=$(wrk -t2 -c4 -d$DURATION --latency -H "Accept-Encoding: gzip" "$base/roadmaps")
api=$(wrk -t2 -c4 -d$DURATION --latency "$base/api/1/roadmaps")
report "floor /api/1/ping, 4 connections    " "$floor"
report "page /roadmaps, 4 connections       " "$page"
report "API /api/1/roadmaps, 4 connections  " "$api"
echo "(load average $(cut -d' ' -f1-3 /proc/loadavg)); target: p99 < 50 ms for the page and the API"
