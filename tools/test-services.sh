#!/usr/bin/env bash
# Services the integration tests need, started the same way on a developer's machine and in CI (as root, Debian 12).
# PostgreSQL + PostGIS for the storage tests (every storage test runs on SQLite and on PostgreSQL).
# gdal-bin (ogrinfo, ogr2ogr) for the OGC API Features tests, which read our collections with GDAL's OAPIF driver.
# Idempotent: installs only what is missing, starts the cluster only when down, (re)sets the test role.
if ! dpkg -s gdal-bin >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdal-bin >/dev/null
fi
if [ -z "${CDV_TEST_POSTGRES:-}" ]; then
  if ! dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15-postgis-3 >/dev/null
  fi
  if ! pg_lsclusters -h 2>/dev/null | awk '$1 == "15" && $2 == "main"' | grep -q .; then
    pg_createcluster 15 main >/dev/null
  fi
  if ! pg_lsclusters -h | awk '$1 == "15" && $2 == "main" {print $4}' | grep -q online; then
    pg_ctlcluster 15 main start
  fi
  pg_port=$(pg_lsclusters -h | awk '$1 == "15" && $2 == "main" {print $3}')
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$pg_port" && break
    sleep 1
  done
  su postgres -c "psql -q -p $pg_port -v ON_ERROR_STOP=1" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cdv') THEN
    CREATE ROLE cdv LOGIN SUPERUSER CREATEDB PASSWORD 'cdv';
  ELSE
    ALTER ROLE cdv LOGIN SUPERUSER CREATEDB PASSWORD 'cdv';
  END IF;
END
$$;
SQL
  export CDV_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=cdv;Password=cdv;Database=cdv_tests"
fi
echo "PostgreSQL de test : ${CDV_TEST_POSTGRES%%;Password=*}"
# Debian's Chromium for the browser tests (Playwright drives it; `playwright install` is never run).
if ! dpkg -s chromium >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
