#!/usr/bin/env bash
# Write every user-visible output of geo on the dev corpora and the seed data into one folder, so two
# revisions can be compared byte for byte (refactors must leave them identical unless a commit names a fix):
#   bash scripts/snapshot-outputs.sh /tmp/before && (change code) && bash scripts/snapshot-outputs.sh /tmp/after
#   diff -r /tmp/before /tmp/after
# Reads ../shared (corpora, news_events); needs geo installed (pip install -e .).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: snapshot-outputs.sh OUT_DIR}"
mkdir -p "$out"
shared="../shared/eval"
if [ -z "${SKIP_CORPORA:-}" ]; then
  for corpus in lgl geowebnews tr_news geovirus wiktor; do
    python3 -m geo extract --jsonl "$shared/corpora/$corpus/dev.jsonl" -o "$out/extract-$corpus.geojsonl" \
      2> "$out/extract-$corpus.log"
  done
fi
# a command that refuses its input is part of the output too: keep its message and exit code
python3 -m geo extract --jsonl "$shared/news_events/dev.jsonl" -o "$out/extract-news_events.geojsonl" \
  > "$out/extract-news_events.log" 2>&1 || echo "exit $?" >> "$out/extract-news_events.log"
python3 -m geo eval --json --no-peer "$shared"/corpora/{lgl,geowebnews,tr_news,geovirus,wiktor}/dev.jsonl \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(json.dumps(d, indent=1, sort_keys=True))' \
  | grep -v -E '"(docs_per_s[a-z_]*|seconds|elapsed[a-z_]*)"' > "$out/eval.json"
python3 -m geo curate data/curation -o "$out/curated.geojson"
python3 -m geo map data/locations.geojson -o "$out/missions.html" \
  --title "Dutch and coalition missions in Iraq and the region, 2003-2025"
for fmt in geojson csv kml acled.csv geojsonl; do
  python3 -m geo export data/locations.geojson -o "$out/export.$fmt"
done
python3 -m geo validate data/locations.geojson > "$out/validate.txt" 2>&1
echo "wrote $(ls "$out" | wc -l) outputs to $out"
