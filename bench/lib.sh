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
report() { # label, wrk output
  echo "$1: $(echo "$2" | awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {err=$0}
    END {printf "%s req/s, p50 %s, p99 %s %s", rps, p50, p99, err}')"
}
