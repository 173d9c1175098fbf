#!/usr/bin/env bash
# Benchmark of the CKAN-compatible package_search, as ARCHITECTURE.md "How we measure" says:
#  1. COUNT synthetic datasets bulk-created, the index following (BulkLoadBench, SyntheticCatalog);
#  2. 1,000 package_search requests as CKAN clients send them (CkanSearchPaths): words, fq on an
#     organization, a theme, tags and res_format, CKAN's five facets half the time, 10 to 100 rows,
#     CKAN's sorts; each must answer 200 once (which also warms the caches);
#  3. the portal (-Xmx$HEAP) warmed up, then at 4 connections for DURATION: the /api/1/ping floor
#     and the searches, p50, p99, requests/s and their ratio to the floor, in the same run.
# Needs wrk. Usage: bench/ckan.sh [COUNT] (default 100,000); DURATION (30s) and WARMUP (seconds, 60)
# shorten a trial run, e.g. DURATION=5s WARMUP=5 bench/ckan.sh 2000.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
COUNT=${1:-100000}
WORK=${WORK:-/tmp/datagora-ckan-bench}
PORT=${PORT:-18085}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60}
HEAP=${HEAP:-2g}
DATA=$WORK/data

rm -rf "$WORK" && mkdir -p "$DATA"
bench_build
machine
echo "== $COUNT datasets into $DATA"

# 1. the catalog
java -cp "$CP" org.datagora.bench.BulkLoadBench "$DATA" "$COUNT" "$WORK/ids.txt" 2>&1 \
  | tee "$WORK/load.log" | grep -E "bulk-create|Exception" || true

# 2. the requests, over the organizations loaded (the portal is not running yet: one process per database)
export DATAGORA_BENCH_QUERIES="$WORK/ckan-searches.txt"
java -cp "$CP" org.datagora.bench.CkanSearchPaths "$DATA" "$DATAGORA_BENCH_QUERIES" 1000 2>&1 \
  | grep -E "ckan searches|Exception" || true

# 3. the portal serving them
start_portal "$DATA" "$WORK/portal.log" -Xmx$HEAP
base="http://127.0.0.1:$PORT"
while read -r path; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [ "$status" = 200 ] || { echo "package_search answered $status: $path"; stop $pid; exit 1; }
done < "$DATAGORA_BENCH_QUERIES"
lua=bench/search-queries.lua
# warm-up: JIT, Solr's caches, the page cache
wrk -t2 -c4 -d10s "$base/api/1/ping" > /dev/null
wrk -t2 -c4 -d${WARMUP}s -s $lua "$base" > /dev/null
floor=$(wrk -t2 -c4 -d$DURATION --latency "$base/api/1/ping")
searches=$(wrk -t2 -c4 -d$DURATION --latency -s $lua "$base")
stop $pid
report "floor /api/1/ping, 4 connections     " "$floor"
report "CKAN package_search, 4 connections   " "$searches"
load
ratio=$(echo "scale=1; 100 * $(field "$searches" Requests/sec) / $(field "$floor" Requests/sec)" | bc)
echo "  ratio to the floor at 4 connections: $ratio %"

cat <<TABLE

| what | target | measured |
| --- | --- | --- |
| CKAN package_search on $COUNT datasets, 4 connections | p99 < 50 ms | p50 $(field "$searches" 50%), p99 $(field "$searches" 99%), $(field "$searches" Requests/sec) req/s = $ratio % of the floor |
TABLE
