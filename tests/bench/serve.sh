# `make bench`, third part: POST /v1/evaluate of b-san (examples/cases/b-san.json) under wrk,
# with 1 and 2 server workers: requests/s and latency percentiles (p50, p99).
# Usage: bash tests/bench/serve.sh BUILD_DIR [SECONDS]
set -euo pipefail
BUILD="$1"
SECONDS_EACH="${2:-10}"
SERVE="$BUILD/core/hashigo-serve"
command -v wrk > /dev/null || { echo "serve bench: wrk is needed (apt-get install wrk)"; exit 1; }
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$WORK"' EXIT
cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$SRC/examples/cases/b-san.json", "rb")
wrk.body = f:read("*a")
f:close()
LUA
for workers in 1 2; do
  "$SERVE" --rules "$SRC/rules" --listen 127.0.0.1:0 --workers "$workers" --access-log none > "$WORK/out" &
  pid=$!
  for _ in $(seq 50); do grep -q listening "$WORK/out" 2>/dev/null && break; sleep 0.1; done
  port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/out" | head -1)
  url="http://127.0.0.1:$port/v1/evaluate?as_of=2016-02-29"
  non2xx=$(wrk -t 1 -c 1 -d 1 -s "$WORK/post.lua" "$url" | grep -c "Non-2xx" || true)
  [ "$non2xx" = 0 ] || { echo "serve bench: the request does not answer 200"; exit 1; }
  # As many connections as workers: a worker serves one keep-alive connection at a time.
  wrk -t "$workers" -c "$workers" -d "${SECONDS_EACH}s" --latency -s "$WORK/post.lua" "$url" > "$WORK/wrk-$workers"
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$workers")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$workers")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$workers")
  echo "serve: POST /v1/evaluate b-san, workers $workers, connections $workers: $rps requests/s, p50 $p50, p99 $p99"
  kill -TERM "$pid"; wait "$pid" || true
done
