#!/usr/bin/env bash
# First-time scoring of insight set G and strong-4. Usage: score_end.sh BIN OUT   (run in /work/wt/base)
set -u
cd /work/wt/base
BIN=$1; OUT=$2
EMPTY=$(mktemp -d)
rm -rf "$OUT"; mkdir -p "$OUT/insight-set-g"
for f in eval/hidden/insight-set-g/*.txt; do
  k=$(basename "$f" .txt)
  "$BIN" --data-dir "$EMPTY" analyse "$f" --json > "$OUT/insight-set-g/$k.json"
done
python3 /work/team/insight_score_all.py eval/hidden/insight-set-g/expected.json "$OUT/insight-set-g" insight-set-g | tee "$OUT/set-g.score"
python3 docs/scripts/insight_contradictions.py eval/hidden/insight-set-g/expected.json "$OUT/insight-set-g" > "$OUT/set-g.contradictions"
tail -3 "$OUT/set-g.contradictions"
python3 docs/scripts/strong_reasks.py "$BIN" eval/hidden/insight-strong-4 > "$OUT/strong-4.reasks"
echo "strong-4: $(tail -3 "$OUT/strong-4.reasks")"
rm -rf "$EMPTY"
