#!/usr/bin/env bash
# One command over every used-up insight set (tuning material, never a first-time figure):
#   docs/scripts/insight_tuning.sh [BIN] [OUT]
# Runs `analyse --json` on every answer of sets A to Y and the strong sets 1 to 21, then prints each
# set's scores (insight_score.py), its contradictions (insight_contradictions.py) and the strong sets'
# gaps and re-asks (strong_reasks.py). Never add a set here that has not been scored once already.
set -u
cd "$(dirname "$0")/../.."
BIN=${1:-target/debug/psw-coach}
OUT=${2:-/tmp/insight-tuning}
EMPTY=$(mktemp -d)
. docs/scripts/fresh_out.sh; fresh_out "$OUT"
for set in insight/set-a hidden/insight-set-b hidden/insight-set-c hidden/insight-set-d hidden/insight-set-e hidden/insight-set-f hidden/insight-set-g hidden/insight-set-i hidden/insight-set-h hidden/insight-set-j hidden/insight-set-k hidden/insight-set-l hidden/insight-set-m hidden/insight-set-n hidden/insight-set-o hidden/insight-set-p hidden/insight-set-q hidden/insight-set-r hidden/insight-set-s hidden/insight-set-t hidden/insight-set-u hidden/insight-set-v hidden/insight-set-w hidden/insight-set-x hidden/insight-set-y hidden/insight-set-z; do
  name=$(basename "$set"); mkdir -p "$OUT/$name"
  for f in eval/$set/*.txt; do
    k=$(basename "$f" .txt)
    "$BIN" --data-dir "$EMPTY" analyse "$f" --json > "$OUT/$name/$k.json"
  done
  python3 /work/shared/tools/insight_score.py "eval/$set/expected.json" "$OUT/$name" "$name"
  python3 docs/scripts/insight_contradictions.py "eval/$set/expected.json" "$OUT/$name" > "$OUT/$name.contradictions"
  tail -1 "$OUT/$name.contradictions"
done
for set in insight-strong insight-strong-2 insight-strong-3 insight-strong-4 insight-strong-5 insight-strong-6 insight-strong-7 insight-strong-8 insight-strong-9 insight-strong-10 insight-strong-11 insight-strong-12 insight-strong-13 insight-strong-14 insight-strong-15 insight-strong-16 insight-strong-17 insight-strong-18 insight-strong-19 insight-strong-20 insight-strong-21 insight-strong-22; do
  python3 docs/scripts/strong_reasks.py "$BIN" "eval/hidden/$set" > "$OUT/$set.reasks"
  echo "$set: $(tail -1 "$OUT/$set.reasks")"
done
rm -rf "$EMPTY"
