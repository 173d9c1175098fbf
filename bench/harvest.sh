#!/usr/bin/env bash
# Benchmark of harvesting (issue 4), as ARCHITECTURE.md "How we measure" says:
#  1. SyntheticSources serves COUNT datasets on 127.0.0.1 as a CKAN Action API and as one DCAT
#     Turtle dump (in another JVM, so that the portal's heap is its own);
#  2. HarvestBench harvests the CKAN source into a fresh data directory, twice: the first harvest
#     end to end (stored and indexed) and a re-harvest with nothing changed; the same for DCAT;
#  3. a DCAT dump of about 100 MB (the descriptions written several times) harvested with the
#     heap capped at 512 MiB.
# Usage: bench/harvest.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
COUNT=${1:-50000}
WORK=${WORK:-/tmp/datagora-harvest-bench}
PORT=${PORT:-18090}
rm -rf "$WORK"
bench_build

machine
sources() { # count, repeat: starts the sources and waits for them
  java -Xmx1g -cp "$CP" org.datagora.bench.SyntheticSources $PORT "$1" "dcat-repeat=$2" > "$WORK/sources.log" 2>&1 &
  sources_pid=$!
  for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/ckan/api/3/action/package_search?rows=1" && return; sleep 0.2; done
}
harvest() { # label, heap, protocol, url
  /usr/bin/time -v java -Xmx$2 -cp "$CP" org.datagora.bench.HarvestBench "$WORK/data-$1" "$3" "$4" \
    > "$WORK/$1.log" 2>&1 || true
  grep -E "^(first harvest|re-harvest)|OutOfMemoryError|Exception" "$WORK/$1.log" | sed "s/^/[$1] /" | head -5
  echo "[$1] max resident $(( $(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/$1.log") / 1024 )) MiB $(load)"
}

sources "$COUNT" 1
echo "dump size: $(curl -s "http://127.0.0.1:$PORT/dcat/catalog.ttl" | wc -c) bytes of Turtle for $COUNT datasets"
harvest ckan 2g ckan "http://127.0.0.1:$PORT/ckan/"
harvest dcat 2g dcat "http://127.0.0.1:$PORT/dcat/catalog.ttl"
stop $sources_pid

# about 100 MB: each description written 12 times
sources "$COUNT" 12
echo "big dump size: $(curl -s "http://127.0.0.1:$PORT/dcat/catalog.ttl" | wc -c) bytes"
harvest dcat-512m 512m dcat "http://127.0.0.1:$PORT/dcat/catalog.ttl"
stop $sources_pid
