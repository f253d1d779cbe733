#!/usr/bin/env bash
# Scores byline's entities with the shared scorers: CoNLL-2003 dev, all of
# WikiGold, and a GMB slice past the sentences `train --gmb` may read.
# usage: scripts/score_entities.sh [DATA_DIR] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/ner}
work=${2:-${TMPDIR:-/tmp}/byline-entities}
tools=../shared/tools
cargo build --release --quiet --bin byline-eval
rm -rf "$work" && mkdir -p "$work"
score() {
    local name=$1 file=$2
    shift 2
    python3 "$tools/conll_prepare.py" "$file" "$work/$name" "$@" >/dev/null
    target/release/byline-eval "$work/$name" "$work/$name.out" >/dev/null
    echo "== $name"
    python3 "$tools/conll_score.py" "$work/$name" "$work/$name.out"
}
score conll-dev "$data/conll2003/dev.txt"
score wikigold "$data/wikigold.conll"
score gmb-slice "$data/gmb.conll" --sentences-per-doc 10 --skip-docs 4000 --max-docs 300
