#!/usr/bin/env bash
# Build the seed data and map: install geo, rebuild data/locations.geojson from data/curation/,
# validate it and write maps/missions.html. Works on a fresh machine with Python >= 3.11 and pip.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_BREAK_SYSTEM_PACKAGES=1 PIP_DISABLE_PIP_VERSION_CHECK=1
python3 -m pip install --quiet -e .
python3 -m geo curate data/curation -o data/locations.geojson
python3 -m geo validate data/locations.geojson
python3 -m geo map data/locations.geojson -o maps/missions.html \
  --title "Dutch and coalition missions in Iraq and the region, 2003-2025"
