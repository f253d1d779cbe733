#!/bin/sh
# PolNeAR train scored with the speaker ranker cross-validated: each
# article's statements weighed by a model trained without it.
#
# usage: scripts/speakers_cv.sh [SHARED_DIR] [FOLDS]
set -eu
shared=${1:-../shared}
folds=${2:-5}
data=$shared/data/quotes/polnear
work=target/speaker-folds
cargo build --release --quiet --bin train-speakers --bin byline-eval
target/release/train-speakers --data "$data" --folds "$folds" --fold-dir "$work" --out "$work/all.txt"
rm -rf "$work/out"
k=0
while [ "$k" -lt "$folds" ]; do
    target/release/byline-eval --speakers "$work/fold$k.txt" --only "$work/fold$k.list" \
        "$data/train" "$work/out" 2>/dev/null
    k=$((k + 1))
done
python3 "$shared/tools/polnear_score.py" "$data/train" "$work/out"
