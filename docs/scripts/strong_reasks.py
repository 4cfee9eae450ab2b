#!/usr/bin/env python3
"""Count, on a set of strong answers, the gaps reported that the answer fills and the first follow-ups
that ask for something the answer gives (issue 17's re-asks).

Usage: strong_reasks.py BIN DIR
  BIN  the psw-coach binary; DIR holds sNN.txt and expected.json:
       {"answers": {"s01": {"question": ID, "gives": [gap slugs, "then", "now"], "must_not_ask": text}}}
A first follow-up re-asks when its gap is one the answer gives, or its wording asks for one (the same
wording rule as probe choice: "how do you know", "what happens next", "example"...). Each first
follow-up is printed beside what it must not ask, to be read by a person too.
"""
import json, subprocess, sys, re
BIN, DIR = sys.argv[1], sys.argv[2]
E = json.load(open(f"{DIR}/expected.json"))["answers"]
WORDING = {
    "evidence": ["how do you know", "how would you know", "what data", "what evidence", "what would we see"],
    "example": ["example", "an instance", "a time when", "a time you", "one person", "a specific case", "one case"],
    "next": ["what next", "what comes next", "what is next", "what happens next", "by when", "next step", "what will be different"],
    "own-part": ["your own part", "your part", "you personally", "what part did you play", "what did you do", "your own role"],
    "people": ["what do people", "what did people", "what have people", "people tell", "people told", "people say", "carers tell", "carers say"],
    "difference": ["what difference", "what has changed", "what changed", "what impact"],
    "done": ["what have you done", "what has been done", "actually done"],
}
gaps_filled = tnn_missed = reasks = 0
for k in sorted(E):
    e = E[k]; gives = set(e["gives"]); path = f"{DIR}/{k}.txt"
    rep = json.loads(subprocess.run([BIN, "analyse", path, "--json"], capture_output=True, text=True).stdout)
    wrong = [g for g in rep["gaps"] if g in gives]
    gaps_filled += len(wrong)
    missed_tnn = [f for f in ("then", "now", "next") if f in gives and not rep["then_now_next"][f]]
    tnn_missed += len(missed_tnn)
    out = subprocess.run([BIN, "banks", "try", e["question"], path, "--json"], capture_output=True, text=True)
    probes = json.loads(out.stdout) if out.stdout.strip() else []
    first = probes[0] if probes else None
    asks = []
    if first:
        if first.get("gap") in gives: asks.append(first["gap"])
        low = first["ask"].lower()
        asks += [g for g, ws in WORDING.items() if g in gives and any(re.search(r"\b" + re.escape(w) + r"\b", low) for w in ws)]
    if asks: reasks += 1
    print(f"{k} [{e['question']}] gaps filled but reported: {wrong or '-'}; then/now/next missed: {missed_tnn or '-'}")
    print(f"    first: {first['ask'] if first else '(none)'}  ({first['reason'] if first else ''}){'  RE-ASKS ' + ','.join(sorted(set(asks))) if asks else ''}")
    print(f"    must not ask: {e['must_not_ask']}")
print(f"{len(E)} strong answers: {gaps_filled} gaps reported that the answer fills; {tnn_missed} then/now/next it gives read as missing; {reasks} first follow-ups ask for something given (by gap or wording)")
