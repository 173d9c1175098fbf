#!/usr/bin/env bash
# Benchmark of data requests, as ARCHITECTURE.md "How we measure" says, on COUNT synthetic requests
# (src/test/java/org/datagora/bench/RequestBulkLoad.java: titles, places and organizations of the
# synthetic catalog, statuses, timelines, support and comments):
#  1. the requests are written to PostgreSQL and the search index is rebuilt from them;
#  2. the portal serves request searches (words of 1-2 French terms, every facet, pages of 20,
#     sometimes a status or zone filter or a sort by support or age) at 4 connections (latency,
#     target p99 < 50 ms) and 16 (throughput), beside the /api/1/ping floor of the same run.
# The requests' API path is the whole path: Solr, then the 20 requests and their names from PostgreSQL.
# Needs wrk. Usage: bench/requests.sh [COUNT]. Short runs: COUNT=2000, DURATION=5s, WARMUP=10.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
COUNT=${1:-100000}
WORK=${WORK:-/tmp/datagora-requests-bench}
PORT=${PORT:-18081}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60}
HEAP=${HEAP:-2g}

build_copy "$WORK"
DATA=$WORK/data

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"
echo "== $COUNT requests into $DATA"

# 1. the requests, then the index
java -Xmx$HEAP -cp "$CP" org.datagora.bench.RequestBulkLoad "$DATA" "$COUNT" "$WORK/searches.txt" 2>&1 \
  | tee "$WORK/load.log" | grep -E "^requests:|Exception" || true
echo "index: $(du -sh "$DATA/solr" | cut -f1) $(load)"

# 2. the portal serving searches
require_free $PORT
DATAGORA_DB_EMBEDDED_DIRECTORY="$DATA/postgres" DATAGORA_FILES_DIRECTORY="$DATA/files" \
DATAGORA_SEARCH_DIRECTORY="$DATA/solr" DATAGORA_DEMO_MODE=never DATAGORA_RATE_LIMIT_PER_SECOND=0 \
  java -Xmx$HEAP -jar "$JAR" --server.port=$PORT > "$WORK/portal.log" 2>&1 &
pid=$!
trap 'stop $pid' EXIT
wait_for "http://127.0.0.1:$PORT/api/1/ping" $pid
base="http://127.0.0.1:$PORT"
lua=bench/search-queries.lua
export DATAGORA_BENCH_QUERIES="$WORK/searches.txt"
# warm-up: JIT, connection pool, Solr's caches
wrk -t2 -c8 -d10s "$base/api/1/ping" > /dev/null
wrk -t2 -c8 -d${WARMUP}s -s $lua "$base" > /dev/null
floor4=$(wrk -t2 -c4 -d$DURATION --latency "$base/api/1/ping")
floor16=$(wrk -t2 -c16 -d$DURATION --latency "$base/api/1/ping")
search4=$(wrk -t2 -c4 -d$DURATION --latency -s $lua "$base")
search16=$(wrk -t2 -c16 -d$DURATION --latency -s $lua "$base")
report "floor /api/1/ping, 4 connections " "$floor4"
report "floor /api/1/ping, 16 connections" "$floor16"
report "request search, 4 connections " "$search4"
report "request search, 16 connections" "$search16"
load
p99=$(field "$search4" 99%)
ratio=$(echo "scale=1; 100 * $(field "$search16" Requests/sec) / $(field "$floor16" Requests/sec)" | bc)
ms=$(echo "$p99" | awk '/ms$/ {print $1 + 0} /us$/ {print $1 / 1000} /[0-9]s$/ && !/ms$/ && !/us$/ {print $1 * 1000}')
verdict=$(echo "$ms < 50" | bc -l | sed 's/1/met/; s/0/not met/')
echo "portal resident memory: $(( $(ps -o rss= -p $pid) / 1024 )) MiB"

cat <<TABLE

| what | target | measured |
| --- | --- | --- |
| request search (words, 5 facets, page of 20), $COUNT requests, 4 connections | p99 < 50 ms | p50 $(field "$search4" 50%), p99 $p99: $verdict |
| same, 16 connections | recorded | $(field "$search16" Requests/sec) req/s = $ratio % of the floor |
| floor /api/1/ping | | 4 connections: $(field "$floor4" Requests/sec) req/s, p99 $(field "$floor4" 99%); 16: $(field "$floor16" Requests/sec) req/s |
TABLE
