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
build_copy() { # work directory: a fresh one with a build in $1/bin, so that a build meanwhile
  # cannot change the jar and classes under long runs; sets JAR and CP (the classes and test classes)
  rm -rf "$1" && mkdir -p "$1/data" "$1/bin"
  mvn -B -q -DskipTests package
  mvn -B -q dependency:build-classpath -Dmdep.outputFile="$1/bin/bench.classpath" -Dmdep.includeScope=test
  cp -r target/datagora.jar target/classes target/test-classes "$1/bin/"
  JAR=$1/bin/datagora.jar
  CP="$1/bin/classes:$1/bin/test-classes:$(cat "$1/bin/bench.classpath")"
}
field() { # wrk output, Requests/sec | 50% | 99%
  echo "$1" | awk -v key="$2" '$1 == key || $1 == key ":" {print $2}' | head -1
}
# the machine may be shared: the load average beside each measurement tells how quiet it was
load() { echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"; }
