#!/usr/bin/env bash
# CPU milliseconds the server spends per request (utime + stime from /proc, robust to a busy machine), plus the CPU
# it burns between start and idle. Usage: bench/load/cpu.sh <published web folder> <database> [kinds…]
# Expects the layer imported and the URL files written by run.sh. PORT (5091); WARMUP (2,000) then AMOUNT (2,000) requests
# per kind: counts, not durations, so that on a busy machine the warm-up (JIT, first loads) stays out of the figure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
web=$1; database=$2; shift 2
kinds=${*:-items page}
port=${PORT:-5091}
base="http://127.0.0.1:$port"
ticks=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
if curl -sf "$base/sante" >/dev/null; then echo "le port $port est déjà pris" >&2; exit 1; fi
(cd "$root" && exec taskset -c 0 dotnet "$web/CoeurDeVille.Web.dll" --urls "$base" --Cdv:Database "$database" \
  --Cdv:DataFolder "${WORK:-/tmp/cdv-perf}/data" --Cdv:Tuiles:CacheMaxOctets 0 --Logging:LogLevel:Default=Warning --seed-demo >"${WORK:-/tmp/cdv-perf}/cpu-server.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
t0=$(date +%s.%N)
for _ in $(seq 1 240); do curl -sf "$base/sante" >/dev/null && break; sleep 0.1; done
t1=$(date +%s.%N); ready=$(cpu)
for i in $(seq 1 240); do a=$(cpu); sleep 1; b=$(cpu); [ $((b - a)) -lt 5 ] && break; done
t2=$(date +%s.%N); idle=$(cpu)
echo "{\"kind\":\"start\",\"ready_s\":$(echo "$t1 - $t0" | bc),\"ready_cpu_ms\":$((ready * 1000 / ticks)),\"idle_after_s\":$(echo "$t2 - $t1" | bc),\"cpu_until_idle_ms\":$(((idle - ready) * 1000 / ticks))}"
cd "$here"
for kind in $kinds; do
  BASE=$base AMOUNT=${WARMUP:-2000} taskset -c 1 node run.js "$kind" >/dev/null
  a=$(cpu)
  out=$(BASE=$base AMOUNT=${AMOUNT:-2000} taskset -c 1 node run.js "$kind")
  b=$(cpu)
  n=$(echo "$out" | sed 's/.*"requests":\([0-9]*\).*/\1/')
  echo "$out" | sed "s/}\$/,\"cpu_ms_per_request\":$(echo "scale=3; ($b - $a) * 1000 / $ticks / $n" | bc)}/"
done
