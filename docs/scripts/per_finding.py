#!/usr/bin/env python3
"""Agreement per yes/no finding, for the whole set, its spoken transcripts and the rest (style says "spoken"),
with the shared scorer's rules (borderline fields unscored). Usage: per_finding.py EXPECTED.json OUTDIR"""
import json,sys
E=json.load(open(sys.argv[1]))['answers']; out=sys.argv[2]
O={k:json.load(open(f'{out}/{k}.json')) for k in E}
def tb(o,f):
    if f in ("done","difference","evidence"): return o["covers"][f]
    if f in ("then","now","next"): return o["then_now_next"][f]
    return len(o["people_mentions"])>0
for label,sel in [("all",lambda k:True),("spoken",lambda k:'spoken' in str(E[k].get('style',''))),("rest",lambda k:'spoken' not in str(E[k].get('style','')))]:
    ids=[k for k in sorted(E) if sel(k)]; rs=[]
    s=f"{label} ({len(ids)}):"
    for f in ["done","difference","evidence","then","now","next","people"]:
        n=a=0
        for k in ids:
            if f in E[k]["borderline"]: continue
            n+=1; a+=(E[k][f]==tb(O[k],f))
        rs.append(a/n if n else 1); s+=f" {f} {a/n:.2f}" if n else ""
    print(s, f"mean {sum(rs)/len(rs):.2f}")
