#!/usr/bin/env bash
# Runs every test: installs and starts what the tests use for real (PostgreSQL + PostGIS, the npm SHACL validator),
# then `dotnet test`. README's test command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/test-services.sh
npm ci --prefix tools/shacl --no-audit --no-fund --loglevel=error
dotnet test "$@"
