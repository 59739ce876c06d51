#!/usr/bin/env bash
# Load bench of the portal (see README.md): a 1,000,000-point layer, ≥ 1,000 distinct URLs per kind, the server pinned
# to core 0 and autocannon to core 1, the tile response cache off (Cdv:Tuiles:CacheMaxOctets=0).
# Usage: bench/load/run.sh [sqlite | "Host=…;Database=…"]     Results: one JSON line per run on stdout.
# KEEP_LAYER=1 reuses the layer imported by a previous run; DURATION=seconds per measured run (30).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${WORK:-/tmp/cdv-load}
mkdir -p "$work"
database=${1:-sqlite}
if [ "$database" = sqlite ]; then database="Data Source=$work/bench.db"; [ -n "${KEEP_LAYER:-}" ] || rm -f "$work/bench.db"*; fi
port=5080
base="http://127.0.0.1:$port"

# 1. A million points around Alès (deterministic), CSV lon/lat, imported as the demo dataset « arbres-alignement »
#    of Alès so that its dataset page (seeded by --seed-demo) shows the 1M-row table.
if [ ! -f "$work/points.csv" ]; then
  awk 'BEGIN { srand(30007); print "longitude,latitude,nom,valeur";
    for (i = 1; i <= 1000000; i++) printf "%.7f,%.7f,p%d,%d\n", 3.9 + rand() * 0.4, 44.0 + rand() * 0.25, i, int(rand() * 1000) }' > "$work/points.csv"
fi
dotnet publish -c Release -o "$work/cli" "$root/src/CoeurDeVille.Cli" >/dev/null
# ReadyToRun (precompiled, as a deployment should be): the server starts on less JIT and is warm sooner on one core.
dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/web" "$root/src/CoeurDeVille.Web" >/dev/null
[ -n "${KEEP_LAYER:-}" ] || /usr/bin/time -f "import: %e s, %M KiB" dotnet "$work/cli/cdv.dll" couches importer "$work/points.csv" -t 30007 -j arbres-alignement --base "$database" >&2

# 2. Distinct URLs: 1,000 bbox queries (~500 m boxes), 1,000 z14–z16 tiles plus z0–z10, 1,000 dataset-page pages.
awk 'BEGIN { srand(7); for (i = 0; i < 1000; i++) { x = 3.9 + rand() * 0.395; y = 44.0 + rand() * 0.245;
  printf "/ogc/collections/30007-arbres-alignement/items?limit=100&bbox=%.5f,%.5f,%.5f,%.5f\n", x, y, x + 0.005, y + 0.004 } }' > "$here/urls-items.txt"
awk 'function tile(lon, lat, z,   n, r) { n = 2 ^ z; r = lat * 3.14159265358979 / 180;
    printf "/ogc/collections/30007-arbres-alignement/tiles/WebMercatorQuad/%d/%d/%d\n", z, int((1 - log(sin(r) / cos(r) + 1 / cos(r)) / 3.14159265358979) / 2 * n), int((lon + 180) / 360 * n) }
  BEGIN { srand(9); for (i = 0; i < 1000; i++) tile(3.9 + rand() * 0.4, 44.0 + rand() * 0.25, 14 + i % 3);
    for (z = 0; z <= 10; z++) tile(4.08, 44.13, z) }' > "$here/urls-tiles.txt"
seq 1 1000 | awk '{ printf "/territoires/30007/jeux-de-donnees/arbres-alignement?page=%d\n", $1 }' > "$here/urls-page.txt"
(cd "$here" && (npm ci --silent 2>/dev/null || npm install --silent) >/dev/null)

start_server() {
  if curl -sf "$base/sante" >/dev/null; then echo "le port $port est déjà pris : arrêtez l'autre serveur" >&2; exit 1; fi
  (cd "$root" && exec taskset -c 0 dotnet "$work/web/CoeurDeVille.Web.dll" --urls "$base" --Cdv:Database "$database" \
    --Cdv:DataFolder "$work/data" --Cdv:Tuiles:CacheMaxOctets 0 --Logging:LogLevel:Default=Warning --seed-demo >/dev/null 2>&1) &
  server=$!
  for _ in $(seq 1 120); do curl -sf "$base/sante" >/dev/null && return; sleep 0.25; done
  echo "le serveur ne démarre pas" >&2; exit 1
}
stop_server() { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
trap stop_server EXIT

# 3. Cold tiles: the first tile request after a restart (builds the layer's tile index, then encodes), 20 restarts.
cold=()
for i in $(seq 1 20); do
  start_server
  url=$(sed -n "$((i * 37))p" "$here/urls-tiles.txt")
  cold+=("$(taskset -c 1 curl -s -o /dev/null -w '%{time_total}' "$base$url")")
  stop_server
done
printf '%s\n' "${cold[@]}" | sort -n | awk '{ v[NR] = $1 * 1000 } END { printf "{\"kind\":\"tiles-cold\",\"restarts\":%d,\"p50\":%.1f,\"p95\":%.1f,\"max\":%.1f}\n", NR, v[int(NR * 0.5)], v[int(NR * 0.95)], v[NR] }'

# 4. Warm runs. After a start the process may keep its core busy a little (tiered JIT of the start-up code), so wait
#    until it idles, then build the tile index with one request (no tile is cached), then measure.
start_server
for _ in $(seq 1 240); do
  a=$(awk '{ print $14 + $15 }' "/proc/$(pgrep -f "$work/web/CoeurDeVille.Web.dll" | head -1)/stat"); sleep 1
  b=$(awk '{ print $14 + $15 }' "/proc/$(pgrep -f "$work/web/CoeurDeVille.Web.dll" | head -1)/stat")
  [ $((b - a)) -lt 10 ] && break
done
taskset -c 1 curl -s -o /dev/null "$base$(head -1 "$here/urls-tiles.txt")"
cd "$here"
# KINDS (default all) picks runs; each is followed by the server's CPU per request (utime + stime of the process over
# the measured run / requests served): a contention-robust figure on a shared machine.
for kind in ${KINDS:-items tiles page}; do
  DURATION=5 taskset -c 1 node run.js "$kind" >/dev/null   # JIT warm-up, not reported
  cpu0=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
  result=$(DURATION=${DURATION:-30} taskset -c 1 node run.js "$kind")
  cpu1=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
  echo "$result"
  echo "$result" | awk -v kind="$kind" -v ticks=$((cpu1 - cpu0)) -v hz="$(getconf CLK_TCK)" '{ match($0, /"requests":[0-9]+/);
    n = substr($0, RSTART + 11, RLENGTH - 11); printf "{\"kind\":\"%s-server-cpu\",\"requests\":%d,\"cpu_ms_per_request\":%.2f}\n", kind, n, ticks * 1000 / hz / n }'
done
