"""Which answers each yes/no finding gets wrong, and acronym misses, for one scored set.
Usage: insight_misses.py SET/expected.json OUTDIR   (OUTDIR holds KEY.json from analyse --json)"""
import json, sys
E = json.load(open(sys.argv[1]))['answers']; out = sys.argv[2]
O = {k: json.load(open(f'{out}/{k}.json')) for k in E}
def tool_bin(o, f):
    if f in ("done", "difference", "evidence"): return o["covers"][f]
    if f in ("then", "now", "next"): return o["then_now_next"][f]
    # The reader model's own yes/no on people, where it gave one (feature `model`), else the mentions.
    return o.get("people_by_model", len(o["people_mentions"]) > 0)
for f in ["done", "difference", "evidence", "then", "now", "next", "people"]:
    fy = [k for k in sorted(E) if f not in E[k]["borderline"] and not E[k][f] and tool_bin(O[k], f)]
    fn = [k for k in sorted(E) if f not in E[k]["borderline"] and E[k][f] and not tool_bin(O[k], f)]
    print(f"{f}: false yes {' '.join(fy) or '-'}; missed {' '.join(fn) or '-'}")
# The shared insight_score.py counts people by mentions alone; with the reader model, a sure "yes"
# has none to show (people_by_model), so people and the mean are also given as the model means them.
if any("people_by_model" in o for o in O.values()):
    rate = {}
    for f in ["done", "difference", "evidence", "then", "now", "next", "people"]:
        ks = [k for k in sorted(E) if f not in E[k]["borderline"]]
        rate[f] = sum(E[k][f] == tool_bin(O[k], f) for k in ks) / len(ks)
    print(f"with the model's own people yes/no: people {rate['people']:.2f}, yes/no mean {sum(rate.values()) / 7:.2f}")
def an(s):
    s = s.strip(); return s[:-1] if len(s) > 2 and s.endswith("s") and s[:-1].isupper() else s
for k in sorted(E):
    fa = [x["text"] for x in O[k]["unexplained_acronyms"] if an(x["text"]) not in [an(y) for y in E[k]["acronyms_flag"] + E[k]["acronyms_optional"]]]
    if fa: print(f"acronym false flag {k}: {fa}")
    ma = [y for y in E[k]["acronyms_flag"] if an(y) not in [an(x["text"]) for x in O[k]["unexplained_acronyms"]]]
    if ma: print(f"acronym missed {k}: {ma}")
