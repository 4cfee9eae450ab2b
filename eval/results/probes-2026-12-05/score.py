#!/usr/bin/env python3
"""Usage: score.py OUTDIR  (reads key.json and verdicts.json: {"id": {"A": score, "B": score, "better": "A|B|equal"}})"""
import json, sys, collections
out = sys.argv[1]
K = json.load(open(f'{out}/key.json')); V = json.load(open(f'{out}/verdicts.json'))
cs, as_, pref = [], [], collections.Counter(); bycls = collections.defaultdict(list)
for k, v in V.items():
    who = {K[k]['A']: 'A', K[k]['B']: 'B'}
    c, a = v[who['coach']], v[who['assessor']]
    cs.append(c); as_.append(a); bycls[K[k]['class']].append(c)
    b = v['better']
    pref['equal' if b == 'equal' else K[k][b]] += 1
n = len(cs)
print(f'{n} pairs: coach preferred {pref["coach"]}, equal {pref["equal"]}, assessor preferred {pref["assessor"]}')
print(f'mean score coach {sum(cs)/n:.2f}, assessor {sum(as_)/n:.2f}')
for c, l in bycls.items(): print(f'  {c}: coach mean {sum(l)/len(l):.2f} over {len(l)}')
