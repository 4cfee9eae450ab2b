#!/usr/bin/env python3
"""Blind pairs for issue 23: the coach's first follow-up (banks try) against the assessor's, order hidden.
Usage: prep.py BIN SETDIR OUTDIR SEED"""
import json, random, subprocess, sys, yaml, os
binp, setdir, out, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
os.makedirs(out, exist_ok=True)
bank = yaml.safe_load(open('/work/main/question_banks/cqc-psw-adults.yaml'))
asks = {q['id']: q['ask'] for q in bank['questions']}
A = json.load(open(f'{setdir}/assessor.json'))['answers']
rng = random.Random(seed)
items, key, coach = [], {}, {}
for k in sorted(A):
    a = A[k]; qid = a['question']
    ans = open(f'{setdir}/{k}.txt').read().strip()
    r = subprocess.run([binp, '--data-dir', '/tmp/judge-data', 'banks', 'try', qid, f'{setdir}/{k}.txt', '--json'],
                       capture_output=True, text=True)
    try:
        fu = json.loads(r.stdout)
        c = fu[0]['ask'] if fu else '(no follow-up)'
    except Exception:
        c = '(error: ' + r.stderr.strip()[:200] + ')'
    coach[k] = {'coach': c, 'all': r.stdout}
    pair = [('coach', c), ('assessor', a['assessor_follow_up'])]
    rng.shuffle(pair)
    key[k] = {'A': pair[0][0], 'B': pair[1][0], 'class': a['class']}
    items.append({'id': k, 'question': asks.get(qid, qid), 'answer': ans, 'A': pair[0][1], 'B': pair[1][1]})
json.dump({'items': items}, open(f'{out}/judge_input.json', 'w'), indent=1)
json.dump(key, open(f'{out}/key.json', 'w'), indent=1)
json.dump(coach, open(f'{out}/coach.json', 'w'), indent=1)
print(len(items), 'pairs written')
