#!/usr/bin/env python3
"""First frame of two programs launched in turn, so both see the same load on a noisy machine.

Uses the measurement of ../shared/tools/first_frame.py (pass its path with --tool). Prints each
median and the median of the per-pair ratios A/B.
usage: first_frame_pair.py [--tool PATH] [-n PAIRS] --a "CMD ARGS" --b "CMD ARGS"
"""
import argparse, shlex, statistics, sys

ap = argparse.ArgumentParser()
ap.add_argument("--tool", default="../shared/tools/first_frame.py")
ap.add_argument("-n", type=int, default=40)
ap.add_argument("--a", required=True)
ap.add_argument("--b", required=True)
a = ap.parse_args()

# The tool measures at import; take only its definitions (everything before the measuring loop).
source = open(a.tool).read().split("times = [")[0]
tool = {}
saved, sys.argv = sys.argv, ["first_frame.py", "--", "true"]
exec(source, tool)
sys.argv = saved


def frame(cmd):
    tool["cmd"] = cmd
    t = tool["once"]()
    return None if t is None else t * 1000


pairs = []
for _ in range(a.n):
    x, y = frame(shlex.split(a.a)), frame(shlex.split(a.b))
    if x is not None and y is not None:
        pairs.append((x, y))
if not pairs:
    sys.exit("no frames seen")
ma = statistics.median(p[0] for p in pairs)
mb = statistics.median(p[1] for p in pairs)
ratio = statistics.median(p[0] / p[1] for p in pairs)
print(f"A {ma:.1f} ms, B {mb:.1f} ms (medians), median ratio A/B {ratio:.2f} over {len(pairs)} pairs")
