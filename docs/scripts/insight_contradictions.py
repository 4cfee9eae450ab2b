#!/usr/bin/env python3
"""Count suggestions that ask for what the answer gives (issue 17's "contradictions").

Usage: insight_contradictions.py EXPECTED.json OUTDIR
  EXPECTED.json  the set's expected judgements (insight_score.py's layout).
  OUTDIR         one KEY.json per answer from `psw-coach analyse KEY.txt --json`.
A suggestion contradicts the answer when every finding it asks for is expected true (and not
borderline); it contradicts the tool when the tool's own findings say the same is there.
Suggestions that press on what was said ('You say "...": compare it with before') ask for nothing as
missing; they are counted apart, with how many of them fall where the answer gives what they press on.
"""
import json, sys
if len(sys.argv) < 3:
    sys.exit(__doc__)
E = json.load(open(sys.argv[1]))['answers']
# The opening words of each suggestion that asks for something, and the findings it asks for.
ASKS = [
    ("Close with what comes next", ["next"]),
    ("Add what comes next", ["next"]),
    ("Add one short case", ["example"]),
    ("Start with what you did yourself", ["own_part"]),
    ("Say what difference it made for people", ["difference", "people"]),
    ("Show the change over time", ["then", "now"]),
    ("Add how you know", ["evidence"]),
    # Both ask for the change said of people (the report's difference_for_people), not for people to
    # be mentioned; the sets' tables have no such judgement, so only the tool's own finding is checked.
    ("Tie the change to people", ["difference_for_people"]),
    ("You mention ", ["difference_for_people"]),
    ("Say what the change meant for the people in your answer", ["difference_for_people"]),
    ("Say what changed", ["difference"]),
    ("Say where things stand today", ["now"]),
    ("Say where things were before", ["then"]),
    ("Say what you did, not what exists", ["done"]),
]
# Suggestions that quote the answer and press on it (issue 17 item 2), and the finding each presses on.
PRESS = [
    ("Make your own part plain", "own_part"),
    (": add one thing you did in that part", "done"),
    (": compare it with before", "difference"),
    (": add how often you hear it", "evidence"),
    (": say where that figure comes from", "evidence"),
    (": say whether that is where things stand today", "now"),
]
def gives(e, f):
    """A finding the answer gives: expected true and not borderline. The speaker's own part is a part
    in something done, so it is given only when done is too: set F marks own_part true on 69 of 70
    answers, among them answers where nothing is done ("we're doing our best"), where asking for
    what the speaker did is right."""
    ok = lambda g: e.get(g) is True and g not in e.get("borderline", [])
    return ok(f) and (f != "own_part" or ok("done"))
def tool(o, f):
    if f in ("done", "difference", "evidence"): return o["covers"][f]
    if f in ("then", "now", "next"): return o["then_now_next"][f]
    # The reader model's own yes/no on people, where it gave one (feature `model`), else the mentions.
    if f == "people": return o.get("people_by_model", len(o["people_mentions"]) > 0)
    if f == "example": return len(o["example_markers"]) > 0
    if f == "own_part": return len(o["own_part_markers"]) > 0
    if f == "difference_for_people": return o["difference_for_people"]
n = vs_answer = vs_tool = pressed = pressed_given = 0
for k in sorted(E):
    o = json.load(open(f"{sys.argv[2]}/{k}.json"))
    e = E[k]
    for s in o["suggestions"]:
        n += 1
        press = next((f for p, f in PRESS if p in s), None)
        if press:
            pressed += 1
            given = e.get(press) is True and press not in e.get("borderline", [])
            pressed_given += given
            print(f"{k}: presses on {press} ({'given' if given else 'not given'}): {s[:70]}")
            continue
        fields = next((f for p, f in ASKS if s.startswith(p)), None)
        if not fields:
            continue
        if all(gives(e, f) for f in fields):
            vs_answer += 1
            print(f"{k}: asks for {'+'.join(fields)} the answer gives: {s[:70]}")
        if all(tool(o, f) for f in fields):
            vs_tool += 1
            print(f"{k}: asks for {'+'.join(fields)} its own findings give: {s[:70]}")
print(f"{n} suggestions; {vs_answer} ask for what the answer gives; {vs_tool} for what the tool's own findings give; {pressed} press on what was said ({pressed_given} where the answer gives it)")
