#!/usr/bin/env bash
# How soon a write is searchable (issue 3: "a change is searchable within 1 second"): on a portal
# with the demo catalog, N times: create a dataset with a word of its own through the API, then
# ask the search for that word every 10 ms until it answers it; prints the delays (write
# acknowledged -> found), p50, p90 and the largest. Usage: bench/search-freshness.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50}
WORK=${WORK:-/tmp/datagora-freshness}
PORT=${PORT:-18081}
mvn -q -DskipTests package
rm -rf "$WORK" && mkdir -p "$WORK" && cp target/datagora.jar "$WORK/"
(cd "$WORK" && DATAGORA_ADMIN_EMAIL=bench@example.org DATAGORA_ADMIN_PASSWORD=bench-password-long \
  DATAGORA_RATE_LIMIT_PER_SECOND=0 exec java -jar datagora.jar --server.port=$PORT > portal.log 2>&1) &
pid=$!
trap 'kill $pid; wait $pid 2>/dev/null || true' EXIT
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/api/1/ping" && break; sleep 0.1; done
token=$(curl -sf -u bench@example.org:bench-password-long -H 'Content-Type: application/json' \
  -d '{"name": "freshness"}' "$base/api/1/me/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
now_ms() { date +%s%3N; }
delays=()
for i in $(seq 1 "$N"); do
  word="fraicheur$(date +%s%N | tail -c 9)x$i"
  curl -sf -o /dev/null -H "X-API-KEY: $token" -H 'Content-Type: application/json' \
    -d "{\"title\": \"Mesure $word\"}" "$base/api/1/datasets/"
  written=$(now_ms)
  until curl -sf "$base/api/1/datasets/?q=$word&page_size=1" | grep -q '"total":1'; do sleep 0.01; done
  delays+=($(( $(now_ms) - written )))
done
printf '%s\n' "${delays[@]}" | sort -n > "$WORK/delays.txt"
count=$(wc -l < "$WORK/delays.txt")
echo "write -> searchable over $count writes (ms): p50 $(sed -n "$(( (count + 1) / 2 ))p" "$WORK/delays.txt")," \
  "p90 $(sed -n "$(( (count * 9 + 9) / 10 ))p" "$WORK/delays.txt"), max $(tail -1 "$WORK/delays.txt")"
