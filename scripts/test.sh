#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: install the Debian packages the tests need
# (chromium for the browser tests, npm for eslint (npm ci; maps take Leaflet from the PyPI package
# XStatic-Leaflet, no npm at run time), nodejs for the map runtime's JavaScript tests, gdal-bin
# whose ogrinfo checks our exports independently), install
# geo with its test tools, check lint and types (Python with ruff and mypy, the map runtime with
# eslint from package-lock.json), run the JavaScript unit tests, then pytest. Extra arguments go
# to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_BREAK_SYSTEM_PACKAGES=1 PIP_DISABLE_PIP_VERSION_CHECK=1 DEBIAN_FRONTEND=noninteractive

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v ogrinfo >/dev/null 2>&1 || missing+=(gdal-bin)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
fi

python3 -m pip install --quiet -e '.[dev]'
python3 -m ruff check geo tests benchmarks
python3 -m mypy
lint-imports --no-cache
npm ci --no-audit --no-fund
npx eslint geo/maps/static geo/review/static tests/js
node --test tests/js/
python3 -m pytest "$@"
