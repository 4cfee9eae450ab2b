#!/usr/bin/env python3
"""A TUNING measure for issue 23 (round 9): does the coach's first follow-up quote the sentence of the
answer the assessor presses? Run on the used-up probe sets 1-8 (probes-9, if present, is in reserve).

Usage: weak_spot.py BIN [-v] [--features OUT.jsonl]
  BIN  the psw-coach binary. -v prints each answer's pressed sentence and the coach's quote.
  --features writes one row per sentence (its text, whether the assessor presses it, the set) for
  shaping cue weights; the rows are the sets' own text, so OUT stays outside the repository.

The pressed sentence (simple on purpose): the answer is cut into sentences (after . ! ? and at line
breaks); each scores 2 for every figure it shares with the assessor's follow-up or the part of the
"why" before its first "not" / "rather than", and 1 for every content word (four letters or more,
not a stop word, compared on its first five letters) it shares with them. The best scorer is the
pressed sentence, when it scores at least 3; otherwise the answer has none (mostly vague answers,
where the assessor asks for proof of the whole).
A hit: the coach's first follow-up carries an `anchor` (the answer's words it quotes) lying inside
the pressed sentence. "no quote": the first follow-up quotes nothing (a bank or gap probe).
Limits: the assessor may press two sentences; only the best is counted. A coach quoting the right
sentence in a stock frame still hits: this measures the choice, not the question.
"""
import json, re, subprocess, sys
from collections import defaultdict

BIN = sys.argv[1]
VERBOSE = "-v" in sys.argv[2:]
FEATURES = sys.argv[sys.argv.index("--features") + 1] if "--features" in sys.argv else None
ROOT = __file__.rsplit("/docs/", 1)[0]
# A set in reserve is never listed here. probes-7 and -8 are kept apart as the check.
SETS = ["probes", "probes-2", "probes-3", "probes-4", "probes-5", "probes-6", "probes-7", "probes-8", "probes-9", "probes-10", "probes-11", "probes-12", "probes-13", "probes-14", "probes-15", "probes-16", "probes-17", "probes-18", "probes-19", "probes-20", "probes-21", "probes-22", "probes-23", "probes-24"]
STOP = set("""
what which where when whom whose would could should about their there these those them they then
this that with from have has been were will your yours you our ours we us and the for are was did
does into than more most much many some also just very only over under each every other such
still know tell told what's it's that's they're we're don't doesn't isn't aren't haven't
people person""".split())


def sentences(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?](?=\s)|\n", text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def figures(text):
    return {f.replace(",", "") for f in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


def stems(text):
    return {w[:5] for w in re.findall(r"[a-z][a-z']+", text.lower()) if len(w) >= 4 and w not in STOP}


def target_of(a):
    head = re.split(r"\bnot\b|\brather than\b", a["why"], maxsplit=1)[0]
    src = a["assessor_follow_up"] + " " + head
    return figures(src), stems(src)


def pressed(text, a):
    figs, words = target_of(a)
    scored = []
    for (s, e) in sentences(text):
        t = text[s:e]
        scored.append((2 * len(figures(t) & figs) + len(stems(t) & words), s, e))
    best = max(scored, default=(0, 0, 0))
    return (best[1], best[2]) if best[0] >= 3 else None, scored


def first(qid, path):
    r = subprocess.run([BIN, "banks", "try", qid, path, "--json"], capture_output=True, text=True)
    try:
        fu = json.loads(r.stdout)
        return fu[0] if fu else None
    except json.JSONDecodeError:
        return None


def main():
    tally = defaultdict(lambda: defaultdict(int))
    feats = open(FEATURES, "w") if FEATURES else None
    for s in SETS:
        d = f"{ROOT}/eval/hidden/{s}"
        A = json.load(open(f"{d}/assessor.json"))["answers"]
        for k in sorted(A):
            a = A[k]
            text = open(f"{d}/{k}.txt").read()
            span, scored = pressed(text, a)
            fu = first(a["question"], f"{d}/{k}.txt")
            quote = (fu or {}).get("anchor")
            if span is None:
                v = "none"
            elif not quote:
                v = "noquote"
            else:
                at = text.find(quote)
                v = "hit" if at >= 0 and span[0] <= at and at + len(quote) <= span[1] else "miss"
            for row in (s, "1-6" if s not in ("probes-7", "probes-8", "probes-9", "probes-10", "probes-11", "probes-12", "probes-13", "probes-14", "probes-15", "probes-16", "probes-17", "probes-18", "probes-19", "probes-20", "probes-21", "probes-22", "probes-23", "probes-24") else "7-24", "all"):
                tally[row][a["class"]] += 1
                tally[row][a["class"] + ":" + v] += 1
            if feats:
                for sc, b, e in scored:
                    feats.write(json.dumps({"set": s, "id": k, "class": a["class"], "text": text[b:e],
                                            "pressed": span is not None and (b, e) == span}) + "\n")
            if VERBOSE:
                print(f"{s}/{k} [{a['class']}] {v.upper()}")
                print(f"  pressed: {text[span[0]:span[1]].strip() if span else '-'}")
                print(f"  coach:   {(fu or {}).get('ask')}")
    print(f"{'set':10} {'strong':>9} {'middling':>9} {'vague':>9} {'all':>9}   hits / answers with a pressed sentence (tuning)")
    for row in SETS + ["1-6", "7-24", "all"]:
        t = tally[row]
        cells = []
        for cls in ("strong", "middling", "vague"):
            n = t[cls] - t[cls + ":none"]
            cells.append(f"{t[cls + ':hit']}/{n}")
        n = sum(t[c] - t[c + ":none"] for c in ("strong", "middling", "vague"))
        h = sum(t[c + ":hit"] for c in ("strong", "middling", "vague"))
        nq = sum(t[c + ":noquote"] for c in ("strong", "middling", "vague"))
        print(f"{row:10} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9} {f'{h}/{n}':>9}   (no quote {nq})")


if __name__ == "__main__":
    main()
