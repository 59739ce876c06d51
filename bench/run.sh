#!/usr/bin/env bash
# Cœur de Ville Data — whole-run benchmarks against peer tools, side by side in the same run.
# Not run by CI. Usage: bench/run.sh [all|code|acv|memoire|spatial]
#   RUNS=5 (runs per figure), PG_RUNS=3 (PostGIS takes ~3 min a run), MEM_RUNS=1, MEM_PERIMETER=departement:30
# Installs what it needs (apt), generates the data if missing (seeded), builds Release, prints a Markdown table.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${BENCH_DATA:-$(dirname "$ROOT")/bench-data}
SHARED=${SHARED_DATA:-$(dirname "$ROOT")/shared/data/territories}
RUNS=${RUNS:-5}
WHAT=${1:-all}
BIG=$DATA/catnat-2.2go.csv
POINTS=$DATA/points-10m.csv
POINTS_OGR=$DATA/points-100k.csv
GARD=$SHARED/france-geojson/departement-30-gard.geojson
EPCI=200066918          # CA Alès Agglomération
TOWN=commune:30007      # Alès, one of the ACV towns
OUT=$DATA/out
RESULTS=$DATA/results.md

export CDV__DataFolder=$DATA/cdv
export CDV__Territoires__Decoupage=$SHARED/decoupage-administratif
export CDV__ActionCoeurDeVille=$SHARED/action-coeur-de-ville/coeurdeville.js
export DOTNET_CLI_TELEMETRY_OPTOUT=1

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
need_apt=()
[ -x /usr/bin/time ] || need_apt+=(time)
if [[ $WHAT == all || $WHAT == spatial ]]; then
  command -v ogr2ogr >/dev/null || need_apt+=(gdal-bin)
  [ -e /usr/share/postgresql/15/extension/postgis.control ] || need_apt+=(postgresql-15 postgresql-15-postgis-3)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need_apt[@]}"
fi

echo "== build (Release)"
dotnet build "$ROOT/bench/CoeurDeVille.Bench" -c Release -v q -nologo >/dev/null
dotnet build "$ROOT/src/CoeurDeVille.Cli" -c Release -v q -nologo >/dev/null
BENCH=(dotnet "$ROOT/bench/CoeurDeVille.Bench/bin/Release/net10.0/CoeurDeVille.Bench.dll")
CDV=("$ROOT/src/CoeurDeVille.Cli/bin/Release/net10.0/cdv")

mkdir -p "$DATA" "$OUT"
[ -f "$BIG" ] || "${BENCH[@]}" generer --taille-go 2.2 --graine 42 --sortie "$BIG"
[ -f "$POINTS" ] || "${BENCH[@]}" generer-points --points 10000000 --graine 42 --sortie "$POINTS"
[ -f "$POINTS_OGR" ] || head -n 100001 "$POINTS" > "$POINTS_OGR"
BIG_BYTES=$(stat -c %s "$BIG")

# run LABEL CMD... : one timed run; appends "wall rss_kb" to $DATA/t/LABEL, stdout key=value pairs to $DATA/t/LABEL.kv
mkdir -p "$DATA/t"; rm -f "$DATA"/t/*
run() {
  local label=$1; shift
  local log=$DATA/t/$label.log
  /usr/bin/time -f "%e %M" -o "$DATA/t/time.tmp" "$@" > "$log" 2>&1 || { echo "échec : $label (voir $log)"; tail -5 "$log"; exit 1; }
  cat "$DATA/t/time.tmp" >> "$DATA/t/$label"
  grep -oE '[a-z_]+=[0-9.]+' "$log" >> "$DATA/t/$label.kv" || true
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
wall() { awk '{print $1}' "$DATA/t/$1" | median; }
rss_mb() { awk '{print $2}' "$DATA/t/$1" | sort -g | tail -1 | awk '{printf "%.0f", $1/1024}'; }
kv() { grep "^$2=" "$DATA/t/$1.kv" | cut -d= -f2 | median; }
last_kv() { grep "^$2=" "$DATA/t/$1.kv" | tail -1 | cut -d= -f2; }
calc() { awk "BEGIN {printf \"$1\", $2}"; }
kept_rows() { tr '\n' ' ' < "$DATA/t/$1.log" | grep -oE 'gardées : [^;]*' | tail -1 | tr -dc '0-9'; }
warm() { cat "$@" > /dev/null; }

{
  echo "Machine : $(nproc) cœurs, $(awk '/MemTotal/ {printf "%.0f Go", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) ; $(date -u '+%Y-%m-%d %H:%M UTC') ; médiane de $RUNS exécutions alternées"
  echo "Charge moyenne au départ : $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} > "$RESULTS"

if [[ $WHAT == all || $WHAT == code ]]; then
  echo "== filtre par code : EPCI $EPCI, nous contre DuckDB ($RUNS fois, alternés)"
  CODES=$("${BENCH[@]}" codes-epci --epci $EPCI)
  warm "$BIG"
  for i in $(seq "$RUNS"); do
    rm -rf "$OUT/code"
    run ours_cli "${CDV[@]}" extraire --fichier "$BIG" --colonne-code insee -p epci:$EPCI --format csv --sortie "$OUT/code"
    rm -rf "$OUT/code"
    run ours_inproc "${BENCH[@]}" notre --fichier "$BIG" --perimetre epci:$EPCI --sortie "$OUT/code"
    run duckdb "${BENCH[@]}" duckdb --fichier "$BIG" --codes "$CODES" --threads 2 --sortie "$OUT/duckdb.csv"
  done
  ours_q=$(kv ours_inproc ours_extract_s); duck_q=$(kv duckdb duckdb_query_s)
  ours_w=$(wall ours_cli); duck_w=$(wall duckdb)
  {
    echo "### Filtre par code (EPCI $EPCI, fichier $(calc %.2f "$BIG_BYTES/1e9") Go, cache de pages)"
    echo
    echo "| Mesure | Nous | DuckDB 1.5 (threads=2) | Rapport | Cible ≥ 2× |"
    echo "|---|---|---|---|---|"
    echo "| Extraction seule (s) | $ours_q | $duck_q | $(calc %.2f "$duck_q/$ours_q")× | $(awk "BEGIN{print ($duck_q/$ours_q>=2)?\"atteinte\":\"non atteinte\"}") |"
    echo "| Débit (Go/s) | $(calc %.2f "$BIG_BYTES/1e9/$ours_q") | $(calc %.2f "$BIG_BYTES/1e9/$duck_q") | | |"
    echo "| Processus complet (s) : cdv / programme DuckDB.NET | $ours_w | $duck_w | $(calc %.2f "$duck_w/$ours_w")× | |"
    echo "| Lignes écrites | $(last_kv ours_inproc rows) (dont $(last_kv ours_inproc remapped) par ancien code ou code sans zéro) | $(( $(wc -l < "$OUT/duckdb.csv") - 1 )) | | |"
    echo "| Mémoire max (Mo) | $(rss_mb ours_cli) | $(rss_mb duckdb) | | |"
    echo
  } >> "$RESULTS"
fi

if [[ $WHAT == all || $WHAT == acv ]]; then
  echo "== 244 villes ACV en une passe contre une ville"
  warm "$BIG"
  for i in $(seq "$RUNS"); do
    rm -rf "$OUT/une" "$OUT/acv"
    run one_town "${CDV[@]}" extraire --fichier "$BIG" --colonne-code insee -p $TOWN --format csv --sortie "$OUT/une"
    run all_acv "${CDV[@]}" extraire --fichier "$BIG" --colonne-code insee --tous-acv --format csv --sortie "$OUT/acv"
  done
  one=$(wall one_town); all=$(wall all_acv)
  {
    echo "### Une passe pour toutes les villes ACV"
    echo
    echo "| Mesure | Une ville ($TOWN) | --tous-acv ($(ls "$OUT/acv" | grep -c '\.csv$') fichiers) | Rapport | Cible ≤ 1,5× |"
    echo "|---|---|---|---|---|"
    echo "| Durée du processus (s) | $one | $all | $(calc %.2f "$all/$one")× | $(awk "BEGIN{print ($all/$one<=1.5)?\"atteinte\":\"non atteinte\"}") |"
    echo "| Mémoire max (Mo) | $(rss_mb one_town) | $(rss_mb all_acv) | | |"
    echo
  } >> "$RESULTS"
fi

if [[ $WHAT == all || $WHAT == memoire ]]; then
  echo "== mémoire max par format"
  MEM_RUNS=${MEM_RUNS:-1}
  MEM_PERIMETER=${MEM_PERIMETER:-departement:30}
  warm "$BIG"
  {
    echo "### Mémoire maximale (RSS, /usr/bin/time -v) de cdv sur le fichier de $(calc %.1f "$BIG_BYTES/1e9") Go — cible < 300 Mo"
    echo
    echo "| Format | Périmètre | Lignes écrites | Durée (s) | RSS max (Mo) | Cible |"
    echo "|---|---|---|---|---|---|"
  } >> "$RESULTS"
  mem_case() {
    local label=$1 perimeter=$2; shift 2
    for i in $(seq "$MEM_RUNS"); do
      rm -rf "$OUT/mem-$label"
      run "mem_$label" "${CDV[@]}" extraire --fichier "$BIG" --colonne-code insee $perimeter --sortie "$OUT/mem-$label" "$@"
    done
    local rows; rows=$(kept_rows "mem_$label")
    local rss; rss=$(rss_mb "mem_$label")
    echo "| $label | ${perimeter#-p } | $rows | $(wall "mem_$label") | $rss | $(awk "BEGIN{print ($rss<300)?\"atteinte\":\"non atteinte\"}") |" >> "$RESULTS"
  }
  mem_case csv "-p $MEM_PERIMETER" --format csv
  mem_case csv-excel "-p $MEM_PERIMETER" --format csv --excel
  mem_case geojson "-p $MEM_PERIMETER" --format geojson
  mem_case gpkg "-p $MEM_PERIMETER" --format gpkg
  mem_case xlsx "-p $MEM_PERIMETER" --format xlsx
  mem_case parquet "-p $MEM_PERIMETER" --format parquet
  mem_case xlsx-region "-p region:76" --format xlsx
  mem_case tous-acv "--tous-acv" --format csv
  echo >> "$RESULTS"
fi

if [[ $WHAT == all || $WHAT == spatial ]]; then
  echo "== découpe spatiale : 10 M points dans le Gard, nous contre ogr2ogr et PostGIS"
  # PostgreSQL: the distribution's cluster, a superuser role named after the current OS user (peer auth on the socket).
  ME=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then AS_PG=(su postgres -c); else AS_PG=(sudo -u postgres sh -c); fi
  $SUDO pg_ctlcluster 15 main start 2>/dev/null || true
  "${AS_PG[@]}" "psql -qc 'CREATE ROLE \"$ME\" LOGIN SUPERUSER'" >/dev/null 2>&1 || true
  PG="Host=/var/run/postgresql;Username=$(id -un);Database=postgres"
  warm "$POINTS" "$POINTS_OGR"
  POINTS_N=$(( $(wc -l < "$POINTS") - 1 )); OGR_N=$(( $(wc -l < "$POINTS_OGR") - 1 ))
  for i in $(seq "$RUNS"); do
    rm -rf "$OUT/spatial" "$OUT/ogr.csv" "$OUT/postgis.csv"
    run ours_xy "${CDV[@]}" extraire --fichier "$POINTS" --colonnes-xy lon,lat --crs 4326 -p "fichier:$GARD" --format csv --sortie "$OUT/spatial"
    run ogr ogr2ogr -f CSV "$OUT/ogr.csv" "$POINTS_OGR" -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -a_srs EPSG:4326 -clipsrc "$GARD"
    [ "$i" -le "${PG_RUNS:-3}" ] && run postgis "${BENCH[@]}" postgis --points "$POINTS" --contour "$GARD" --connexion "$PG" --sortie "$OUT/postgis.csv"
  done
  ours=$(wall ours_xy); ogr=$(wall ogr)
  ours_rate=$(calc %.0f "$POINTS_N/$ours"); ogr_rate=$(calc %.0f "$OGR_N/$ogr")
  pg_load=$(kv postgis postgis_load_s); pg_index=$(kv postgis postgis_index_s); pg_count=$(kv postgis postgis_count_s); pg_export=$(kv postgis postgis_export_s)
  pg_all=$(calc %.2f "$pg_load+$pg_index+$pg_export")
  ours_rows=$(kept_rows ours_xy)
  {
    echo "### Découpe de points par le polygone du Gard ($POINTS_N points générés, lon/lat ; PostGIS : médiane de ${PG_RUNS:-3})"
    echo
    echo "| Outil | Points traités | Durée (s) | Points/s | Rapport (nous / outil) | Points gardés |"
    echo "|---|---|---|---|---|---|"
    echo "| Nous (cdv extraire --colonnes-xy, processus complet) | $POINTS_N | $ours | $ours_rate | 1× | $ours_rows |"
    echo "| ogr2ogr -clipsrc (GDAL $(ogr2ogr --version | awk '{print $2}' | tr -d ,)), sur $OGR_N points, extrapolé | $OGR_N | $ogr | $ogr_rate | $(calc %.0f "$ours_rate/$ogr_rate")× (cible ≥ 100× : $(awk "BEGIN{print ($ours_rate/$ogr_rate>=100)?\"atteinte\":\"non atteinte\"}")) | $(( $(wc -l < "$OUT/ogr.csv") - 1 )) |"
    echo "| PostGIS : chargement (COPY binaire Npgsql) | $POINTS_N | $pg_load | $(calc %.0f "$POINTS_N/$pg_load") | | |"
    echo "| PostGIS : index GiST + ANALYZE | | $pg_index | | | |"
    echo "| PostGIS : ST_Intersects, comptage seul | $POINTS_N | $pg_count | $(calc %.0f "$POINTS_N/$pg_count") | $(calc %.2f "$pg_count/$ours")× | $(last_kv postgis inside) |"
    echo "| PostGIS : ST_Intersects, export CSV | $POINTS_N | $pg_export | $(calc %.0f "$POINTS_N/$pg_export") | $(calc %.2f "$pg_export/$ours")× | |"
    echo "| PostGIS : chargement + index + export | $POINTS_N | $pg_all | $(calc %.0f "$POINTS_N/$pg_all") | $(calc %.2f "$pg_all/$ours")× | |"
    echo
  } >> "$RESULTS"
fi

echo "Charge moyenne à la fin : $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS"
echo
cat "$RESULTS"
