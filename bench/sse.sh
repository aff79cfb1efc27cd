#!/usr/bin/env bash
# The cost of open live streams: starts the jar (embedded PostgreSQL, default heap), makes one
# partner, opens N streams with bench/SseStreams.java, and reads the server's heap after a full
# GC, its RSS and its threads at each N.
# Usage: bench/sse.sh "0 500 1000 2000 4000"   (after `mvn -B -q -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/.."
counts=${1:-"0 500 1000 2000"}
dir=$(mktemp -d)
port=18181
base=http://localhost:$port
JAVA_TOOL_OPTIONS= TANDEM_DATA_DIR=$dir PORT=$port java -Xmx384m -jar app/target/tandem.jar >"$dir/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -fs -o /dev/null "$base/sign-in"; do sleep 0.2; done
curl -fs -o /dev/null -H 'Content-Type: application/json' -X POST "$base/api/v1/partners" \
  -d '{"email":"bench@example.org","displayName":"Bench","password":"a long walk on the beach"}'
token=$(curl -fs -H 'Content-Type: application/json' -X POST "$base/api/v1/tokens" \
  -d '{"email":"bench@example.org","password":"a long walk on the beach"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
heap() { jcmd "$pid" GC.run >/dev/null; sleep 1; jcmd "$pid" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'; }
printf '%8s %12s %10s %8s\n' streams heap_used rss_kB threads
for n in $counts; do
  if [ "$n" -gt 0 ]; then
    "${CLIENT_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}" bench/SseStreams.java "$base" "$token" "$n" 25 >"$dir/client-$n" 2>&1 &
    client=$!
    sleep 15
  fi
  printf '%8s %12s %10s %8s  %s\n' "$n" "$(heap)" "$(ps -o rss= -p $pid)" "$(ls /proc/$pid/task | wc -l)" \
    "$( [ "$n" -gt 0 ] && head -1 "$dir/client-$n" )"
  [ "$n" -gt 0 ] && wait $client || true
  sleep 2
done
