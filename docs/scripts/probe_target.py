#!/usr/bin/env python3
"""A TUNING proxy for issue 23, run in seconds: on every answer in the used-up probe sets 1-8, does the
coach's first follow-up press on the same thing as the assessor's? Never a first-time figure: these
sets are used up, and the rule below is a rough stand-in for a judge.

Usage: probe_target.py BIN [-v]
  BIN  the psw-coach binary. -v prints every answer's two follow-ups and the verdict.

The matching rule (simple on purpose):
  1. The key figures: the numbers in the assessor's "why" before its first "not" / "rather than"
     (the why names what is pressed first and what is not pressed after), or, when that part has
     none, the numbers in the assessor's follow-up. For each "X of Y" among them, Y-X is a key too
     (a coach that says "13 of 50" presses the split the why calls "37 of 50"), and for each share
     p% its remainder 100-p.
     Number words ("nine", "seventy-one", "one in six") are read as figures.
  2. A match: the coach's first follow-up holds a key figure. When there are no key figures, it
     shares a phrase the why quotes ('embed'), or at least two distinctive content words with the
     assessor's follow-up (words of five letters or more, not in a list of question words).
  3. A miss that holds only figures the why sets aside ("not the overall fall from 540 to 312") is
     counted apart as "pressed what the assessor did not".
Limits: a key figure said back in a stock frame still matches (the proxy cannot tell a good question
from one that names the right number); where the assessor presses people with no figure, the word
rule is loose both ways; a coach figure that equals a key figure by chance (a date, "two") matches.
"""
import json, re, subprocess, sys
from collections import defaultdict

BIN = sys.argv[1]
VERBOSE = "-v" in sys.argv[2:]
ROOT = __file__.rsplit("/docs/", 1)[0]
# A set in reserve is never listed here.
SETS = ["probes", "probes-2", "probes-3", "probes-4", "probes-5", "probes-6", "probes-7", "probes-8", "probes-9", "probes-10", "probes-11", "probes-12", "probes-13", "probes-14", "probes-15", "probes-16", "probes-17", "probes-18", "probes-19", "probes-20", "probes-21", "probes-22", "probes-23", "probes-24"]

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
QUESTION_WORDS = set("""
what which where when whom whose would could should about their there these those them they
people person happen happens happened happening doing being know known think change changed changes
difference making making sure thing things really actually still other whether every someone anyone
yourself yours since after before while tells telling asked asking answer because making across
""".split())


def numbers(text):
    """Figures in text, as strings of digits ("6,400" -> "6400", "nine" -> "9", "seventy-one" -> "71")."""
    out = []
    low = text.lower().replace("\u2019", "'")
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?", low):
        w = m.group(0)
        if w[0].isdigit():
            w = w.replace(",", "").rstrip(".")
            if w:
                out.append(str(float(w)).removesuffix(".0"))
            continue
        parts = w.split("-")
        if parts[0] in TENS:
            v = TENS[parts[0]] + (UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
            out.append(str(v))
        elif w in UNITS and w not in ("zero", "one"):
            out.append(str(UNITS[w]))
    return out


def pairs(text):
    """'47 of 61', '5 of 20', '13 of 50', '8/13': (part, whole)."""
    low = text.lower()
    num = r"(\d[\d,]*|" + "|".join(list(UNITS) + list(TENS)) + r")"
    for m in re.finditer(num + r"\s*(?:of|out of|/)\s*(?:the\s+|your\s+|those\s+)?" + num, low):
        a, b = numbers(m.group(1)), numbers(m.group(2))
        if a and b:
            yield float(a[0]), float(b[0])


def keys_for(a):
    why = a["why"]
    press = re.split(r"\bnot\b|\brather than\b", why, maxsplit=1)
    head, tail = press[0], (press[1] if len(press) > 1 else "")
    src = head if numbers(head) else a["assessor_follow_up"]
    keys = set(numbers(src))
    for p, w in pairs(src):
        if w > p:
            keys.add(str(w - p).removesuffix(".0"))
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent)", src):
        keys.add(str(100 - float(m.group(1))).removesuffix(".0"))
    keys.discard("1")
    anti = set(numbers(tail)) - keys
    quoted = [q.lower() for q in re.findall(r"'([^']{3,40})'", why)]
    return keys, anti, quoted


def content(text):
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 5 and w not in QUESTION_WORDS}


def verdict(a, coach):
    keys, anti, quoted = keys_for(a)
    got = set(numbers(coach))
    if keys:
        if got & keys:
            return "match"
        return "anti" if got & anti else "miss"
    low = coach.lower()
    if any(q in low for q in quoted):
        return "match"
    return "match" if len(content(coach) & content(a["assessor_follow_up"])) >= 2 else "miss"


def first_follow_up(qid, path):
    r = subprocess.run([BIN, "banks", "try", qid, path, "--json"], capture_output=True, text=True)
    try:
        fu = json.loads(r.stdout)
        return fu[0]["ask"] if fu else "(none)"
    except (json.JSONDecodeError, IndexError, KeyError):
        return "(error)"


def main():
    tally = defaultdict(lambda: defaultdict(int))
    for s in SETS:
        d = f"{ROOT}/eval/hidden/{s}"
        A = json.load(open(f"{d}/assessor.json"))["answers"]
        for k in sorted(A):
            a = A[k]
            c = first_follow_up(a["question"], f"{d}/{k}.txt")
            v = verdict(a, c)
            for row in (s, "all"):
                tally[row][a["class"]] += 1
                tally[row][a["class"] + ":" + v] += 1
            if VERBOSE:
                print(f"{s}/{k} [{a['class']}] {v.upper()}\n  coach:    {c}\n  assessor: {a['assessor_follow_up']}")
    print(f"{'set':10} {'strong':>10} {'middling':>10} {'vague':>10} {'all':>10}   (coach presses the assessor's target; tuning proxy)")
    for row in SETS + ["all"]:
        t = tally[row]
        cells = []
        for cls in ("strong", "middling", "vague"):
            cells.append(f"{t[cls + ':match']}/{t[cls]}")
        n = sum(t[c] for c in ("strong", "middling", "vague"))
        m = sum(t[c + ":match"] for c in ("strong", "middling", "vague"))
        print(f"{row:10} {cells[0]:>10} {cells[1]:>10} {cells[2]:>10} {f'{m}/{n}':>10}")
    t = tally["all"]
    anti = sum(t[c + ":anti"] for c in ("strong", "middling", "vague"))
    print(f"misses that press only a figure the assessor set aside: {anti}")


if __name__ == "__main__":
    main()
