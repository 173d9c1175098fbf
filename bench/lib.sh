# Shared by the benchmark scripts: source it after cd-ing to the project.

wait_for() { # url, pid: waits up to 2 minutes for the portal to answer
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "the portal died"; return 1; }
    sleep 0.1
  done
  return 1
}
stop() { kill "$1"; wait "$1" 2>/dev/null || true; }
require_free() { # port: stops the run when something answers there already (it would be measured instead)
  if curl -s -o /dev/null "http://127.0.0.1:$1/"; then echo "port $1 is in use: choose another with PORT=..."; exit 1; fi
}
report() { # label, wrk output
  echo "$1: $(echo "$2" | awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {err=$0}
    END {printf "%s req/s, p50 %s, p99 %s %s", rps, p50, p99, err}')"
}
# the machine may be shared: the load average beside each measurement tells how quiet it was
load() { echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"; }
machine() { echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"; }
field() { # wrk output, Requests/sec | 50% | 99%
  echo "$1" | awk -v key="$2" '$1 == key || $1 == key ":" {print $2}' | head -1
}
# the runs take long: they use copies of the jar and classes in $WORK/bin, so that a build meanwhile
# cannot change them under the running processes; sets JAR and CP (classes, test classes and all
# dependencies)
bench_build() {
  mkdir -p "$WORK/bin"
  mvn -B -q -DskipTests package
  mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/bin/bench.classpath" -Dmdep.includeScope=test
  cp -r target/datagora.jar target/classes target/test-classes "$WORK/bin/"
  JAR=$WORK/bin/datagora.jar
  CP="$WORK/bin/classes:$WORK/bin/test-classes:$(cat "$WORK/bin/bench.classpath")"
}
start_portal() { # data directory, log file, then JVM options: the portal of $JAR on $PORT, its pid in $pid
  local data=$1 log=$2
  shift 2
  require_free $PORT
  DATAGORA_DB_EMBEDDED_DIRECTORY="$data/postgres" DATAGORA_FILES_DIRECTORY="$data/files" \
  DATAGORA_SEARCH_DIRECTORY="$data/solr" DATAGORA_DEMO_MODE=never DATAGORA_RATE_LIMIT_PER_SECOND=0 \
    java "$@" -jar "$JAR" --server.port=$PORT > "$log" 2>&1 &
  pid=$!
  wait_for "http://127.0.0.1:$PORT/api/1/ping" $pid
}
