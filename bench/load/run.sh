#!/usr/bin/env bash
# Load bench of the OGC API (see README.md): 1M-point layer, ≥1,000 distinct bbox URLs, tiles; server on core 0,
# load generator on core 1. Usage: bench/load/run.sh [sqlite|"Host=…;Database=…"]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${WORK:-/tmp/cdv-load}
mkdir -p "$work"
database=${1:-"Data Source=$work/bench.db"}
[ "$database" = sqlite ] && database="Data Source=$work/bench.db"

# 1. A million points around Alès (deterministic), CSV lon/lat.
if [ ! -f "$work/points.csv" ]; then
  awk 'BEGIN { srand(30007); print "longitude,latitude,nom,valeur";
    for (i = 1; i <= 1000000; i++) printf "%.7f,%.7f,p%d,%d\n", 3.9 + rand() * 0.4, 44.0 + rand() * 0.25, i, int(rand() * 1000) }' > "$work/points.csv"
fi

# 2. Import, then build the host.
dotnet run -c Release --project "$root/src/CoeurDeVille.Cli" -- couches importer "$work/points.csv" -t 30007 -j points --base "$database"
dotnet publish -c Release -o "$work/web" "$root/src/CoeurDeVille.Web" >/dev/null

# 3. 1,000 distinct bbox URLs (about 500 m boxes) and 1,000 distinct z14–z16 tiles, plus the low-zoom tiles.
awk 'BEGIN { srand(7); for (i = 0; i < 1000; i++) { x = 3.9 + rand() * 0.395; y = 44.0 + rand() * 0.245;
  printf "/ogc/collections/30007-points/items?limit=100&bbox=%.5f,%.5f,%.5f,%.5f\n", x, y, x + 0.005, y + 0.004 } }' > "$here/urls-items.txt"
awk 'function tile(lon, lat, z,   n, r) { n = 2 ^ z; r = lat * 3.14159265358979 / 180;
    printf "/ogc/collections/30007-points/tiles/WebMercatorQuad/%d/%d/%d\n", z, int((1 - log(sin(r) / cos(r) + 1 / cos(r)) / 3.14159265358979) / 2 * n), int((lon + 180) / 360 * n) }
  BEGIN { srand(9); for (i = 0; i < 1000; i++) tile(3.9 + rand() * 0.4, 44.0 + rand() * 0.25, 14 + i % 3);
    for (z = 0; z <= 10; z++) tile(4.08, 44.13, z) }' > "$here/urls-tiles.txt"

# 4. Server on core 0, load on core 1.
taskset -c 0 dotnet "$work/web/CoeurDeVille.Web.dll" --urls http://127.0.0.1:5080 --Cdv:Database "$database" --Logging:LogLevel:Default=Warning &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5080/sante >/dev/null && break; sleep 1; done
(cd "$here" && npm ci --silent 2>/dev/null || npm install --silent)
# Cold tiles first (tile cache empty, index built on the first request), then warm.
(cd "$here" && DURATION=10 taskset -c 1 node run.js tiles && taskset -c 1 node run.js tiles && taskset -c 1 node run.js items)
