#!/usr/bin/env bash
# Benchmark of search, as ARCHITECTURE.md "How we measure" says, on COUNT synthetic datasets
# (src/test/java/org/datagora/bench/SyntheticCatalog.java: a few thousand publishers, French
# subjects and places, skewed licences and formats):
#  1. bulk creation through the service layer while the index follows through events (BulkLoadBench);
#  2. the ceiling: the API's searches (words, some filters, 8 facets, pages of 20) run straight on
#     the embedded Solr in process, 1 and 16 threads (SearchEngineBench), on the index as live
#     indexing left it;
#  3. a full rebuild of the index from PostgreSQL with the reindex command: datasets/s and memory;
#     then the ceiling again, on the rebuilt index that the API will serve;
#  4. the portal (-Xmx2g) serving the same searches at 4 connections (latency) and 16 (throughput,
#     beside the ceiling of step 3), with the /api/1/ping floor of the same run;
#  5. a rebuild through the admin API while the portal runs; index size, heap and resident memory.
# Needs wrk. Usage: bench/search.sh [COUNT]. Takes about an hour for 1,000,000 datasets on 2 cores.
# LOADED=DIR skips step 1 and starts from a copy of the work directory of an earlier run (its data/
# and token.txt; step 5 needs the token), for measuring a change of the search code.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
COUNT=${1:-1000000}
WORK=${WORK:-/tmp/datagora-search-bench}
PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
RAW_SECONDS=${RAW_SECONDS:-30}
HEAP=${HEAP:-2g}
# the JIT takes minutes to settle on Solr's code: both the in-process ceiling and the portal get
# this much load before they are measured (with 50 s, the portal measured 275 req/s at 16
# connections; after 150 s, 436)
WARMUP=${WARMUP:-150}

build_copy "$WORK"
DATA=$WORK/data
export DATAGORA_BENCH_QUERIES="$WORK/queries.txt"

raw_qps() { # SearchEngineBench output, label: its queries/s
  echo "$1" | awk -F': ' -v label="$2" '$1 == label {print $2 + 0}'
}
heap_after_gc() { # first line of gc.log to read, [pause kind]: the largest heap left after such a collection, MiB
  # after any young collection the old generation still holds its garbage (big batches go there directly);
  # after a Remark, G1 has marked what is live: that is the live heap
  tail -n +"$1" "$WORK/gc.log" | awk -v kind="${2:-Pause}" 'index($0, kind) && match($0, /->[0-9]+M\(/) {
    v = substr($0, RSTART + 2, RLENGTH - 4) + 0; if (v > max) max = v} END {print max + 0}'
}
index_size() { du -sh "$DATA/solr" | cut -f1; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"
echo "== $COUNT datasets into $DATA"

# 1. bulk creation, the index following
if [ -n "${LOADED:-}" ]; then
  cp -a "$LOADED/data/." "$DATA/" && cp "$LOADED/token.txt" "$WORK/token.txt"
  echo "loaded catalog copied from $LOADED"
else
java -cp "$CP" org.datagora.bench.BulkLoadBench "$DATA" "$COUNT" "$WORK/ids.txt" "$WORK/token.txt" 2>&1 \
  | tee "$WORK/load.log" | grep -E "bulk-create|Exception" || true
fi
echo "index after the load: $(index_size) $(load)"

# 2. the ceiling on the live-indexed index (skipped on a loaded catalog: its index is as it was left)
if [ -z "${LOADED:-}" ]; then
raw_live=$(java -cp "$CP" org.datagora.search.SearchEngineBench "$DATA" "$WORK/queries.txt" "$RAW_SECONDS" 2>&1 \
  | tee "$WORK/raw-live.log" | grep -E "searches:|queries/s|Exception" || true)
echo "$raw_live" | sed 's/^/[live-indexed] /'; load
fi

# 3. full rebuild with the command, then the ceiling on the rebuilt index
/usr/bin/time -v java -Xmx$HEAP -jar "$JAR" reindex --datagora.db.embedded-directory="$DATA/postgres" \
  --datagora.files.directory="$DATA/files" --datagora.search.directory="$DATA/solr" --datagora.demo.mode=never \
  > "$WORK/reindex.log" 2>&1
rebuilt=$(grep -o "Search index rebuilt: .*" "$WORK/reindex.log")
reindex_rate=$(echo "$rebuilt" | grep -o "at [0-9]*/s" | tr -dc 0-9)
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/reindex.log")
reindex_rss=$(( $(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/reindex.log") / 1024 ))
echo "reindex command (-Xmx$HEAP): $rebuilt; whole command (start included) $wall, max resident $reindex_rss MiB $(load)"
echo "index after the rebuild: $(index_size)"
raw=$(java -cp "$CP" org.datagora.search.SearchEngineBench "$DATA" "$WORK/queries.txt" "$RAW_SECONDS" 1000 "$WARMUP" 2>&1 \
  | tee "$WORK/raw.log" | grep -E "searches:|queries/s|Exception" || true)
echo "$raw" | sed 's/^/[rebuilt] /'; load

# 4. the portal serving the searches
DATAGORA_DB_EMBEDDED_DIRECTORY="$DATA/postgres" DATAGORA_FILES_DIRECTORY="$DATA/files" \
DATAGORA_SEARCH_DIRECTORY="$DATA/solr" DATAGORA_DEMO_MODE=never DATAGORA_RATE_LIMIT_PER_SECOND=0 \
  java -Xmx$HEAP -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --server.port=$PORT > "$WORK/portal.log" 2>&1 &
pid=$!
wait_for "http://127.0.0.1:$PORT/api/1/ping" $pid
base="http://127.0.0.1:$PORT"
lua=bench/search-queries.lua
# warm-up: JIT, connection pool, Solr's caches, the page cache
wrk -t2 -c8 -d20s "$base/api/1/ping" > /dev/null
wrk -t2 -c16 -d${WARMUP}s -s $lua "$base" > /dev/null
gc_from=$(( $(wc -l < "$WORK/gc.log") + 1 ))
floor4=$(wrk -t2 -c4 -d$DURATION --latency "$base/api/1/ping")
floor16=$(wrk -t2 -c16 -d$DURATION --latency "$base/api/1/ping")
search4=$(wrk -t2 -c4 -d$DURATION --latency -s $lua "$base")
search16=$(wrk -t2 -c16 -d$DURATION --latency -s $lua "$base")
report "floor /api/1/ping, 4 connections " "$floor4"
report "floor /api/1/ping, 16 connections" "$floor16"
report "search, 4 connections " "$search4"
report "search, 16 connections" "$search16"
load
api16=$(field "$search16" Requests/sec)
raw16=$(raw_qps "$raw" "raw solr, 16 threads")
ratio=$(echo "scale=1; 100 * $api16 / $raw16" | bc)
echo "  ratio to raw Solr at 16 (same searches, rebuilt index): $api16 / $raw16 = $ratio %"
echo "  ratio to the floor at 16: $(echo "scale=1; 100 * $api16 / $(field "$floor16" Requests/sec)" | bc) %"
heap_searches=$(heap_after_gc "$gc_from")
heap_info=$(jcmd $pid GC.heap_info | awk '/heap/ {print; exit}' | sed 's/^ *//')
rss=$(( $(ps -o rss= -p $pid) / 1024 ))
echo "portal after the searches: $heap_info; largest heap after a collection $heap_searches MiB; resident $rss MiB"

# 5. a rebuild through the admin API while the portal runs
token=$(cat "$WORK/token.txt")
progress() { curl -sf -H "X-API-KEY: $token" "$base/api/1/admin/search/reindex"; }
gc_from=$(( $(wc -l < "$WORK/gc.log") + 1 ))
start=$(date +%s.%N)
curl -sf -o /dev/null -X POST -H "X-API-KEY: $token" "$base/api/1/admin/search/reindex"
while progress | grep -q '"state":"running"'; do sleep 1; done
online_seconds=$(echo "$(date +%s.%N) - $start" | bc)
state=$(progress)
online_done=$(echo "$state" | grep -o '"done":[0-9]*' | tr -dc 0-9)
online_rate=$(echo "$online_done / $online_seconds" | bc)
heap_reindex=$(heap_after_gc "$gc_from")
live_reindex=$(heap_after_gc "$gc_from" "Pause Remark")
live_note=$([ "$live_reindex" -gt 0 ] && echo "live after marking $live_reindex MiB" || echo "no marking cycle")
rss_reindex=$(( $(ps -o rss= -p $pid) / 1024 ))
echo "rebuild through the API: $(echo "$state" | grep -o '"state":"[a-z]*"'), $online_done datasets in" \
  "$(printf %.1f "$online_seconds") s: $online_rate datasets/s; largest heap after a collection $heap_reindex MiB" \
  "($live_note);" \
  "resident $rss_reindex MiB $(load)"
grep -q OutOfMemoryError "$WORK/portal.log" "$WORK/reindex.log" && echo "OutOfMemoryError: see the logs"
echo "index after the API rebuild: $(index_size)"
stop $pid

cat <<EOF

| what | target | measured |
| --- | --- | --- |
| search, 8 facets, 4 connections | p50 < 15 ms, p99 < 60 ms | p50 $(field "$search4" 50%), p99 $(field "$search4" 99%) |
| search, 16 connections | >= 50 % of raw Solr | $api16 q/s = $ratio % of $raw16 |
| full reindex (command) | >= 5,000 datasets/s | $reindex_rate datasets/s |
| full reindex (admin API, portal running) | | $online_rate datasets/s |
| index size ($COUNT datasets) | recorded | $(index_size) |
| portal heap (-Xmx$HEAP) | < 2 GiB | largest after a collection: $heap_searches MiB searching, $heap_reindex MiB rebuilding ($live_note) |
| portal resident memory | recorded | $rss MiB after the searches, $rss_reindex MiB after the rebuild |
EOF
