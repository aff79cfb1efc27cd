#!/usr/bin/env bash
# Measures Tandem's startup time and resident memory after startup, with the embedded
# PostgreSQL: a first start (creates the database) and warm restarts (data kept).
# Usage: bench/startup.sh [runs]   (after `mvn -B -q -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=app/target/tandem.jar
dir=$(mktemp -d)
port=18080

measure() {
  local label=$1
  local start end pid
  start=$(date +%s%N)
  TANDEM_DATA_DIR=$dir PORT=$port java -jar "$jar" >"$dir/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/sign-in"; do sleep 0.05; done
  end=$(date +%s%N)
  sleep 2 # let start-up threads settle before reading memory
  local java_rss pg_rss
  java_rss=$(ps -o rss= -p "$pid")
  # The postmaster and its children (checkpointer, writer, connections). RSS would count the
  # shared buffers once per process; PSS shares them out, so the sum is the real footprint.
  local pm
  pm=$(head -1 "$dir/postgres/postmaster.pid")
  pg_rss=$(for p in $pm $(ps -o pid= --ppid "$pm"); do cat /proc/"$p"/smaps_rollup 2>/dev/null; done \
    | awk '/^Pss:/ {s+=$2} END {print s+0}')
  local spring
  spring=$(grep -o 'Started TandemApplication in [0-9.]* seconds' "$dir/log" | grep -o '[0-9.]*' | head -1)
  printf '%-12s first-answer %5d ms   Spring says %5s s   JVM RSS %4d MiB   PostgreSQL PSS %4d MiB\n' "$label" \
    $(((end - start) / 1000000)) "$spring" $((java_rss / 1024)) $((pg_rss / 1024))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

measure "first start"
for i in $(seq 1 "$runs"); do measure "restart $i"; done
rm -rf "$dir"
