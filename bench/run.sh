#!/usr/bin/env bash
# Home and needs under load: seeds 10,000 couples with two years of needs, bids, hurts,
# repairs, reminders, pauses and agreement versions, starts Tandem on them (embedded PostgreSQL
# under bench/target/db, kept for the next run), signs in a sample of partners, and drives the
# home page, a need's page and a trivial endpoint with wrk, in turn, over loopback, for a few
# rounds. Prints RESULT lines per endpoint and round, then a SUMMARY.
#
#   bench/run.sh                     # defaults: 3 rounds of 4 connections, 30 s per endpoint, 100 partners
#   CONNECTIONS=8 DURATION=20s ROUNDS=5 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DATA=bench/target/db
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-4}
SAMPLE=${SAMPLE:-100}
PASSWORD="bench-password-together"
BASE="http://localhost:$PORT"
mkdir -p bench/target

if [ ! -f app/target/tandem.jar ]; then
  mvn -q -o -pl app -am package -DskipTests
fi

# Tomcat's access log gives the server-side time of every request (%{us}T: microseconds).
ACCESS=bench/target/access.log
rm -f "$ACCESS"
java -Xms512m -Xmx1g ${JAVA_OPTS:-} -jar app/target/tandem.jar --server.port="$PORT" --tandem.database.data-dir="$DATA" \
  --logging.level.root=warn --server.tomcat.accesslog.enabled=true \
  --server.tomcat.accesslog.directory="$PWD/bench/target" --server.tomcat.accesslog.prefix=access \
  --server.tomcat.accesslog.suffix=.log --server.tomcat.accesslog.file-date-format= \
  --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
  --server.tomcat.accesslog.pattern='%s %{us}T %U' > bench/target/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$BASE/sign-in" && break
  sleep 1
done
curl -sf -o /dev/null "$BASE/sign-in" || { echo "Tandem did not start; see bench/target/app.log" >&2; exit 1; }

PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
psql_() { psql -h localhost -p "$PGPORT" -U postgres -d tandem -X -q -t -A "$@"; }

if [ "$(psql_ -c 'select count(*) from couple where id > 1000000')" = "0" ]; then
  echo "seeding 10,000 couples (a few minutes)..."
  curl -sf -o /dev/null -H 'Content-Type: application/json' "$BASE/api/v1/partners" \
    -d "{\"email\":\"bench-owner@bench.tandem.local\",\"displayName\":\"Bench\",\"password\":\"$PASSWORD\"}"
  HASH=$(psql_ -c "select password_hash from partner where email = 'bench-owner@bench.tandem.local'")
  psql -h localhost -p "$PGPORT" -U postgres -d tandem -X -q -v hash="'$HASH'" -f bench/seed.sql
fi
if [ "$(psql_ -c 'select count(*) from hurt where couple_id > 1000000')" = "0" ]; then
  echo "seeding their agreements, hurts, repairs, reminders and pauses..."
  psql -h localhost -p "$PGPORT" -U postgres -d tandem -X -q -f bench/seed-repair.sql
fi

# Sessions live in PostgreSQL for 14 days: a second run reuses the first run's partners.
reuse=no
if [ -f bench/target/sessions.lua ]; then
  first=$(sed -n 2p bench/target/sessions.lua | cut -d'"' -f2)
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "TANDEM_SESSION=$first" "$BASE/needs/new")" = 200 ] && reuse=yes
fi
if [ "$reuse" = no ]; then
echo "signing in $SAMPLE partners..."
echo "return {" > bench/target/sessions.lua
STEP=$((20000 / SAMPLE))
for k in $(seq 1 "$SAMPLE"); do
  n=$(( (k - 1) * STEP + 1 + (k % 2) ))
  jar=bench/target/cookies.txt
  rm -f "$jar"
  token=$(curl -sf -c "$jar" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -sf -o /dev/null -b "$jar" -c "$jar" "$BASE/sign-in" \
    --data-urlencode "email=bench-$n@bench.tandem.local" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token"
  session=$(awk '$6 == "TANDEM_SESSION" { print $7 }' "$jar")
  couple=$((1000000 + (n + 1) / 2))
  need=$(psql_ -c "select id from need where couple_id = $couple order by created_at desc offset 20 limit 1")
  home=$(curl -s -o /dev/null -w '%{http_code}' -b "TANDEM_SESSION=$session" "$BASE/")
  page=$(curl -s -w '%{http_code}' -b "TANDEM_SESSION=$session" "$BASE/needs/$need" -o bench/target/need.html)
  if [ "$home" != 200 ] || [ "$page" != 200 ]; then
    echo "partner $n: home $home, need $page: not signed in?" >&2
    exit 1
  fi
  echo "  {\"$session\", \"/needs/$need\"}," >> bench/target/sessions.lua
done
echo "}" >> bench/target/sessions.lua
else
  echo "reusing the signed-in partners of bench/target/sessions.lua"
  session=$first
fi
home_page=$(curl -s -b "TANDEM_SESSION=$session" "$BASE/")
case "$home_page" in *"Waiting for you"*) ;; *) echo "home is not the couple's home" >&2; exit 1 ;; esac

echo "warming up..."
for mode in trivial home need; do
  wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s bench/load.lua "$BASE" -- "$mode" > /dev/null
done
# CPU seconds used so far by a set of processes (utime + stime from /proc, in clock ticks).
ticks() { for pid in "$@"; do [ -r /proc/$pid/stat ] && sed 's/.*) //' /proc/$pid/stat | awk '{ print $12 + $13 }'; done | awk '{ s += $1 } END { print s + 0 }'; }
HZ=$(getconf CLK_TCK)
POSTMASTER=$(sed -n 1p "$DATA/postgres/postmaster.pid")
ROUNDS=${ROUNDS:-3}
TABLE=bench/target/rounds.tsv
: > "$TABLE"

# One endpoint for DURATION: client-side numbers from wrk, server-side times from the access
# log, and CPU per request split between the app and its database (where a page's cost lies).
measure() {
  local mode=$1 round=$2
  local from=$(($(wc -l < "$ACCESS") + 1))
  local db_pids="$POSTMASTER $(pgrep -P "$POSTMASTER" | tr '\n' ' ')"
  local app_before db_before requests
  app_before=$(ticks "$APP"); db_before=$(ticks $db_pids)
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/load.lua "$BASE" -- "$mode" \
    | grep RESULT | sed "s/^RESULT/RESULT round $round $mode client:/" | tee -a bench/target/client.txt
  requests=$(($(wc -l < "$ACCESS") - from + 1))
  tail -n +"$from" "$ACCESS" | awk '{ print $2 / 1000 }' | sort -n | awk -v mode="$mode" -v round="$round" \
    -v app="$(( ($(ticks "$APP") - app_before) * 1000000 / HZ / requests ))" \
    -v db="$(( ($(ticks $db_pids) - db_before) * 1000000 / HZ / requests ))" '
    { t[NR] = $1 }
    END { printf "RESULT round %s %s server: requests=%d p50=%.2fms p99=%.2fms max=%.2fms cpu: app=%dus database=%dus per request\n",
          round, mode, NR, t[int(NR * 0.50) + 1], t[int(NR * 0.99) + 1], t[NR], app, db }'
}

# Rounds take the endpoints in turn, so that a slower spell of the machine weighs on all three;
# each round's throughputs are compared with that round's trivial endpoint.
echo "measuring: $ROUNDS rounds, $CONNECTIONS connections, $DURATION per endpoint; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: > bench/target/client.txt
for round in $(seq 1 "$ROUNDS"); do
  for mode in trivial home need; do
    measure "$mode" "$round" | tee -a "$TABLE"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '$1 == "RESULT" && $5 == "client:" { for (i = 6; i <= NF; i++) if ($i ~ /^rps=/) { sub("rps=", "", $i); rps[$3, $4] = $i } }
     END { for (r = 1; rps[r, "trivial"] != ""; r++)
             printf "SUMMARY round %d: trivial %.0f rps, home %.0f rps (%.0f%%), need %.0f rps (%.0f%%)\n", r,
               rps[r, "trivial"], rps[r, "home"], 100 * rps[r, "home"] / rps[r, "trivial"],
               rps[r, "need"], 100 * rps[r, "need"] / rps[r, "trivial"] }' bench/target/client.txt
awk '$1 == "RESULT" && $5 == "server:" { for (i = 6; i <= NF; i++) if ($i ~ /^p99=/) { v = $i; sub("p99=", "", v); sub("ms", "", v); if (v + 0 > worst[$4]) worst[$4] = v + 0 } }
     END { printf "SUMMARY worst server-side p99 of any round: home %.2f ms, need %.2f ms, trivial %.2f ms\n",
           worst["home"], worst["need"], worst["trivial"] }' "$TABLE"
