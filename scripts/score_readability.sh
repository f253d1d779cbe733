#!/usr/bin/env bash
# Scores byline's web page extraction with the shared scorer: byline --json
# on every PAGES_DIR/<page>/source.html, then readability_score.py.
# usage: scripts/score_readability.sh [PAGES_DIR] [WORK_DIR] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/data/html/readability}
work=${2:-${TMPDIR:-/tmp}/byline-readability}
cargo build --release --quiet --bin byline
rm -rf "$work" && mkdir -p "$work"
for dir in "$pages"/*/; do
    page=$(basename "$dir")
    [ -f "$dir/source.html" ] || continue
    target/release/byline --json "$dir/source.html" > "$work/$page.json" 2> "$work/$page.err" || true
done
python3 ../shared/tools/readability_score.py "$pages" "$work" "${@:3}"
