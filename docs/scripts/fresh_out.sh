# Sourced by the scoring scripts: empties their output folder "$1" safely.
# Why: the scripts once did `rm -rf "$OUT"` on whatever they were given, and an output of /dev/null
# (2026-12-07) removed the device. Only a folder these scripts made (it holds the marker) or a path
# that does not exist yet is emptied; anything else is refused.
fresh_out() {
  local out=$1 marker=.psw-coach-scoring-output
  if [ -e "$out" ] || [ -L "$out" ]; then
    if [ -L "$out" ] || [ ! -d "$out" ] || [ ! -e "$out/$marker" ]; then
      echo "refusing to empty $out: give a new folder, or one these scripts made before" >&2
      exit 2
    fi
    rm -rf "$out"
  fi
  mkdir -p "$out" && touch "$out/$marker"
}
