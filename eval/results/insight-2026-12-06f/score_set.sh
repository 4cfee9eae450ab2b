#!/usr/bin/env bash
# First-time scoring of an insight set (and optionally a strong set).
# Usage: score_set.sh BIN OUT SETNAME [STRONGNAME]   (run from /work/wt/base, which must be at main)
set -u
cd /work/wt/base
BIN=$1; OUT=$2; SET=$3; STRONG=${4:-}
EMPTY=$(mktemp -d)
rm -rf "$OUT"; mkdir -p "$OUT/$SET"
for f in eval/hidden/$SET/*.txt; do
  k=$(basename "$f" .txt)
  "$BIN" --data-dir "$EMPTY" analyse "$f" --json > "$OUT/$SET/$k.json"
done
python3 /work/team/insight_score_all.py eval/hidden/$SET/expected.json "$OUT/$SET" $SET | tee "$OUT/$SET.score"
python3 docs/scripts/insight_contradictions.py eval/hidden/$SET/expected.json "$OUT/$SET" > "$OUT/$SET.contradictions"
tail -3 "$OUT/$SET.contradictions"
if [ -n "$STRONG" ]; then
  python3 docs/scripts/strong_reasks.py "$BIN" eval/hidden/$STRONG > "$OUT/$STRONG.reasks"
  echo "$STRONG: $(tail -3 "$OUT/$STRONG.reasks")"
fi
rm -rf "$EMPTY"
