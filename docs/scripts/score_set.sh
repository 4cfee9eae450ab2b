#!/usr/bin/env bash
# A first-time score of one insight set (and optionally one strong set), as the lead runs it:
#   docs/scripts/score_set.sh BIN OUT SETNAME [STRONGNAME]      e.g. ... insight-set-h insight-strong-5
# analyse --json per answer of eval/hidden/SETNAME, the shared scorer, the contradiction count, the
# misses per finding (insight_misses.py) and, for a strong set, gaps and re-asks (strong_reasks.py).
# Set PSW_COACH_MODEL to score the reader model (a build with --features model); unset, the rules alone.
set -u
cd "$(dirname "$0")/../.."
BIN=$1; OUT=$2; SET=$3; STRONG=${4:-}
EMPTY=$(mktemp -d)
. docs/scripts/fresh_out.sh; fresh_out "$OUT"; mkdir -p "$OUT/$SET"
for f in eval/hidden/$SET/*.txt; do
  k=$(basename "$f" .txt)
  "$BIN" --data-dir "$EMPTY" analyse "$f" --json > "$OUT/$SET/$k.json"
done
python3 /work/shared/tools/insight_score.py eval/hidden/$SET/expected.json "$OUT/$SET" $SET | tee "$OUT/$SET.score"
python3 docs/scripts/insight_contradictions.py eval/hidden/$SET/expected.json "$OUT/$SET" > "$OUT/$SET.contradictions"
tail -1 "$OUT/$SET.contradictions"
python3 docs/scripts/insight_misses.py eval/hidden/$SET/expected.json "$OUT/$SET" > "$OUT/misses.txt"
# With the reader model, people as it decides them (the shared scorer reads mentions alone).
grep "^with the model's own people" "$OUT/misses.txt" || true
if [ -n "$STRONG" ]; then
  python3 docs/scripts/strong_reasks.py "$BIN" eval/hidden/$STRONG > "$OUT/$STRONG.reasks"
  echo "$STRONG: $(tail -1 "$OUT/$STRONG.reasks")"
fi
rm -rf "$EMPTY"
