#!/usr/bin/env bash
# Benchmark of issue 6 (data requests and opening roadmaps), as ARCHITECTURE.md "How we measure"
# says, on one catalog holding both:
#  1. COUNT synthetic requests written with SQL, with their timelines, support and comments, and the
#     search index rebuilt (RequestBulkLoad: titles, places and organizations of the synthetic
#     catalog);
#  2. ENTRIES roadmap entries of ORGS of those organizations, whose lives (planned, started,
#     postponed, opened early or late, abandoned; proposals supported, accepted or declined) are
#     spread over the last three years, through the services with the portal's clock moved to the
#     day of each change (RoadmapLoadBench);
#  3. the portal after a warm-up, at 4 connections (latency; target p99 < 50 ms): the national
#     overview as a page (/roadmaps, gzip as browsers read it) and in the API (/api/1/roadmaps),
#     and request searches (1-2 French words, every facet, pages of 20, sometimes a status or zone
#     filter or a sort by support or age: Solr, then the 20 requests from PostgreSQL); searches
#     again at 16 connections (throughput); each beside the /api/1/ping floor of the same run.
# Needs wrk. Usage: bench/opening.sh [COUNT] [ENTRIES] [ORGS] (100,000, 5,000, 150); DURATION (30s)
# and WARMUP (seconds, 60) shorten a check of the script: DURATION=5s WARMUP=5 bench/opening.sh 2000 300 20
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
COUNT=${1:-100000}
ENTRIES=${2:-5000}
ORGS=${3:-150}
WORK=${WORK:-/tmp/datagora-opening-bench}
PORT=${PORT:-18081}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60}
HEAP=${HEAP:-2g}
DATA=$WORK/data

rm -rf "$WORK" && mkdir -p "$DATA"
bench_build
machine
echo "== $COUNT requests, then $ENTRIES roadmap entries of $ORGS organizations, into $DATA"

# 1. the requests, then the index
java -Xmx$HEAP -cp "$CP" org.datagora.bench.RequestBulkLoad "$DATA" "$COUNT" "$WORK/searches.txt" 2>&1 \
  | tee "$WORK/requests-load.log" | grep -E "^requests:|Exception" || true
# 2. the roadmaps, through the services, for organizations the requests already name
java -Xmx$HEAP -cp "$CP" org.datagora.bench.RoadmapLoadBench "$DATA" "$ENTRIES" "$ORGS" 2>&1 \
  | tee "$WORK/roadmap-load.log" | grep -E "roadmap-load|Exception" || true
echo "index: $(du -sh "$DATA/solr" | cut -f1) $(load)"

# 3. the portal
start_portal "$DATA" "$WORK/portal.log" -Xmx$HEAP
trap 'stop $pid' EXIT
base="http://127.0.0.1:$PORT"
requests=$(curl -sf "$base/api/1/requests?page_size=1" | grep -o '"total":[0-9]*' | tr -dc 0-9)
entries=$(curl -sf "$base/api/1/roadmaps/entries?page_size=1" | grep -o '"total":[0-9]*' | tr -dc 0-9)
echo "served: $requests requests, $entries roadmap entries, overview page of $(curl -sf "$base/roadmaps" | wc -c) bytes"
lua=bench/search-queries.lua
export DATAGORA_BENCH_QUERIES="$WORK/searches.txt"
# warm-up: JIT, connection pool, Solr's caches, the overview
wrk -t2 -c8 -d10s "$base/api/1/ping" > /dev/null
wrk -t2 -c8 -d${WARMUP}s -s $lua "$base" > /dev/null
wrk -t2 -c4 -d10s -H "Accept-Encoding: gzip" "$base/roadmaps" > /dev/null
wrk -t2 -c4 -d10s "$base/api/1/roadmaps" > /dev/null

floor4=$(wrk -t2 -c4 -d$DURATION --latency "$base/api/1/ping")
page=$(wrk -t2 -c4 -d$DURATION --latency -H "Accept-Encoding: gzip" "$base/roadmaps")
api=$(wrk -t2 -c4 -d$DURATION --latency "$base/api/1/roadmaps")
search4=$(wrk -t2 -c4 -d$DURATION --latency -s $lua "$base")
floor16=$(wrk -t2 -c16 -d$DURATION --latency "$base/api/1/ping")
search16=$(wrk -t2 -c16 -d$DURATION --latency -s $lua "$base")
report "floor /api/1/ping, 4 connections   " "$floor4"
report "page /roadmaps, 4 connections      " "$page"
report "API /api/1/roadmaps, 4 connections " "$api"
report "request search, 4 connections      " "$search4"
report "floor /api/1/ping, 16 connections  " "$floor16"
report "request search, 16 connections     " "$search16"
load
echo "portal resident memory: $(( $(ps -o rss= -p $pid) / 1024 )) MiB"
verdict() { # wrk output: the p99 against 50 ms
  local ms
  ms=$(field "$1" 99% | awk '/ms$/ {print $1 + 0} /us$/ {print $1 / 1000} /[0-9]s$/ && !/ms$/ && !/us$/ {print $1 * 1000}')
  echo "$ms < 50" | bc -l | sed 's/1/met/; s/0/missed/'
}
ratio=$(echo "scale=1; 100 * $(field "$search16" Requests/sec) / $(field "$floor16" Requests/sec)" | bc)

cat <<TABLE

| what | target | measured | verdict |
| --- | --- | --- | --- |
| page /roadmaps, $entries entries, 4 connections | p99 < 50 ms | p50 $(field "$page" 50%), p99 $(field "$page" 99%) | $(verdict "$page") |
| API /api/1/roadmaps, 4 connections | p99 < 50 ms | p50 $(field "$api" 50%), p99 $(field "$api" 99%) | $(verdict "$api") |
| request search (words, 5 facets, page of 20), $requests requests, 4 connections | p99 < 50 ms | p50 $(field "$search4" 50%), p99 $(field "$search4" 99%) | $(verdict "$search4") |
| same, 16 connections | recorded | $(field "$search16" Requests/sec) req/s = $ratio % of the floor | |
| floor /api/1/ping | | 4 connections: $(field "$floor4" Requests/sec) req/s, p99 $(field "$floor4" 99%); 16: $(field "$floor16" Requests/sec) req/s | |
TABLE
