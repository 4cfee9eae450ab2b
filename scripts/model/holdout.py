#!/usr/bin/env python3
"""Does training the reader model's heads on more sets help on sets they have not seen? (issue 17 item 5)

    /tmp/model-venv/bin/python scripts/model/holdout.py [--cache DIR] [--committed HEADS.json] \
        [--json OUT.json] [--previous EARLIER.json] [--committed-name NAME] > OUT.md

Leave one set out over every used-up insight set (measure.SETS, A to W): for each set, heads are
trained as scripts/model/train_heads.py trains them (one logistic regression per finding on the clause
embeddings, C chosen inside the training sets only, over five groups of sets: INNER) on all the other sets, and
predict the held-out set, whose expected.json is used only to score. The override is applied to the
rules as they were on the held-out set's first day (the lead's kept `analyse --json` outputs in
eval/results/, FIRST below; sets A to C have none), as psw-coach's `model` feature applies it: the
model's yes/no where it is surer than SURE (0.85, people 0.95), else the rules'.

Compared, per held-out set:
  rules, first time     the kept first-time outputs alone (people from the mentions).
  committed heads       the heads in --committed (A to V since 7 Dec): held out on W, TUNING on D to V.
  held-out heads        trained on every other set (A to W less the one held out): honest everywhere.
  earlier round         --previous: an earlier run's held-out probabilities (A to V less the one held
                        out), on the sets it held out: does one more training set help?
  held-out, model alone the held-out heads' own yes/no at 0.5.
Then a sweep of the threshold on the held-out heads over the first-time sets, and the threshold chosen
for each set on the other sets' held-out probabilities (a lighter nesting than decide.py's: the other
sets' models did see the set being scored, though its answers never chose its own threshold).
Embeddings are float16 weights, as in psw-coach's file and train_heads.py.
"""

import argparse
import json
import os
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np  # noqa: E402
from measure import FINDINGS, ROOT, SETS, choose_c, embed_all, fit, labelled, load_sets, tool_bin  # noqa: E402
from minilm import MiniLM  # noqa: E402
# The rules' yes/no overruled by the model, and agreement as insight_score.py counts it: decide.py's.
from decide import override, score  # noqa: E402

R = "eval/results/"
# The rules' `analyse --json` on each set's first day, kept by the lead (eval/results/*/score files).
FIRST = {"d": R + "insight-2026-12-06/insight-set-d", "e": R + "insight-2026-12-06b/insight-set-e",
         "f": R + "insight-2026-12-06c/insight-set-f", "g": R + "insight-2026-12-06d/rules/insight-set-g",
         "h": R + "insight-2026-12-06f/rules/insight-set-h", "i": R + "insight-2026-12-06e/rules/insight-set-i",
         "j": R + "insight-2026-12-06g/rules/insight-set-j", "k": R + "insight-2026-12-06h/rules/insight-set-k",
         "l": R + "insight-2026-12-06i/rules/insight-set-l", "m": R + "insight-2026-12-06j/rules/insight-set-m",
         "n": R + "insight-2026-12-06k/rules/insight-set-n", "o": R + "insight-2026-12-06l/rules/insight-set-o",
         "p": R + "insight-2026-12-07/rules/insight-set-p", "q": R + "insight-2026-12-07b/rules/insight-set-q",
         "r": R + "insight-2026-12-07c/rules/insight-set-r", "s": R + "insight-2026-12-07d/rules/insight-set-s",
         "t": R + "insight-2026-12-07e/rules/insight-set-t", "u": R + "insight-2026-12-07f/rules/insight-set-u",
         "v": R + "insight-2026-12-07g/rules/insight-set-v", "w": R + "insight-2026-12-07h/rules/insight-set-w"}
SURE = {"done": 0.85, "difference": 0.85, "evidence": 0.85, "then": 0.85, "now": 0.85, "next": 0.85, "people": 0.95}
THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0]
LAST = ["t", "u", "v", "w"]
# C is chosen inside the training sets as train_heads.py chooses it, but over INNER groups of sets
# (each set's place in the alphabet modulo INNER) rather than one set at a time: 21 folds for each of
# 22 held-out sets and 7 findings was more than an hour of a shared two-core machine.
INNER = 5


def predict(train, test, data, featfn, f):
    tr = labelled(train, data, f)
    X = np.array([featfn(k) for k in tr])
    y = np.array([int(data[k]["exp"][f]) for k in tr])
    groups = [sorted(SETS).index(k[0]) % INNER for k in tr]
    C = choose_c(tr, X, y, groups)
    prob = fit(X, y, C)(np.array([featfn(k) for k in test]))
    return dict(zip(test, prob)), C


def first_time(data):
    found = {}
    for s, d in FIRST.items():
        for (s2, k) in data:
            if s2 == s:
                o = json.load(open(os.path.join(ROOT, d, k + ".json")))
                found[(s, k)] = np.array([tool_bin(o, f) for f in FINDINGS], dtype=float)
    return found


def mean(xs):
    xs = [x for x in xs if x == x]
    return float(np.mean(xs)) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/psw-coach-model"))
    ap.add_argument("--committed", default=os.path.join(ROOT, "src/insight/model/heads.json"))
    ap.add_argument("--json", help="also write every held-out probability here (and read them back if present)")
    ap.add_argument("--previous", help="an earlier round's --json (heads trained on fewer sets), scored beside this one")
    ap.add_argument("--committed-name", default="committed heads",
                    help="what the committed heads were trained on, for the tables")
    args = ap.parse_args()
    data = load_sets()
    feats = embed_all(MiniLM(args.cache, dtype=np.float16), data, args.cache)
    keys = sorted(data)
    sets = sorted(SETS)
    keys_of = {s: [k for k in keys if k[0] == s] for s in sets}
    first = first_time(data)
    heads = json.load(open(args.committed))["heads"]
    committed = {k: np.array([1 / (1 + np.exp(-(np.dot(heads[f]["weights"], feats[k]["clauses"]) + heads[f]["bias"])))
                              for f in FINDINGS]) for k in keys}
    held = {}
    if args.json and os.path.exists(args.json):
        held = {tuple(k.split("/")): np.array(v) for k, v in json.load(open(args.json)).items()}
    for h in sets:
        if all(k in held for k in keys_of[h]):
            continue
        train = [k for k in keys if k[0] != h]
        for k in keys_of[h]:
            held[k] = np.zeros(len(FINDINGS))
        cs = []
        for fi, f in enumerate(FINDINGS):
            p, C = predict(train, keys_of[h], data, lambda k: feats[k]["clauses"], f)
            cs.append(C)
            for k in keys_of[h]:
                held[k][fi] = p[k]
        print(f"held out {h}: C {cs}", file=sys.stderr, flush=True)
        if args.json:
            json.dump({f"{k[0]}/{k[1]}": list(map(float, held[k])) for k in held}, open(args.json, "w"))
    previous = {}
    if args.previous:
        previous = {tuple(k.split("/")): np.array(v) for k, v in json.load(open(args.previous)).items()}
    fs = [s for s in sets if s in FIRST]
    zero = {k: np.zeros(len(FINDINGS)) for k in keys}
    sure = [SURE[f] for f in FINDINGS]

    def row(rules, probs, ts, on):
        per = {s: {f: score(keys_of[s], data, rules, probs, f, t) for f, t in zip(FINDINGS, ts)} for s in on}
        return per

    cn = args.committed_name
    methods = {
        "rules, first time": (first, zero, [1.0] * 7, fs),
        f"{cn}, 0.85, people 0.95": (first, committed, sure, fs),
        "held-out heads (all other sets), 0.85, people 0.95": (first, held, sure, fs),
    }
    if previous:
        # The earlier round's held-out heads, on the sets it held out (not the ones it never saw).
        on = [s for s in fs if all(k in previous for k in keys_of[s])]
        methods["earlier round's held-out heads (fewer sets), 0.85, people 0.95"] = (first, previous, sure, on)
    methods["held-out heads, the model alone (0.5)"] = (zero, held, [0.5] * 7, sets)
    methods[f"{cn}, the model alone (0.5)"] = (zero, committed, [0.5] * 7, sets)
    results = {m: row(*v) for m, v in methods.items()}
    print("## Yes/no mean per set (seven findings, clear-cut answers, as insight_score.py counts them)\n")
    print(f"{cn}: TUNING on the sets they were trained on, held out on the others. Every other figure is held out.\n")
    groups = {"D to V": [s for s in fs if s <= "v"], "D to W": fs, "J to V": [s for s in fs if "j" <= s <= "v"],
              "J to W": [s for s in fs if s >= "j"],
              "T to W": LAST}
    print("| method | " + " | ".join(s.upper() for s in sets) + " | " + " | ".join(f"mean {g}" for g in groups) + " |")
    print("| --- |" + " --- |" * (len(sets) + len(groups)))
    for m, per in results.items():
        cells = [f"{mean(list(per[s].values())):.2f}" if s in per else "" for s in sets]
        def over(group):
            return mean([mean(list(per[s].values())) for s in group if s in per])
        print(f"| {m} | " + " | ".join(cells) + " | " + " | ".join(f"{over(g):.3f}" for g in groups.values()) + " |")
    print("\n## Per finding, sets " + ", ".join(s.upper() for s in LAST) + "\n")
    print("| method | set | " + " | ".join(FINDINGS) + " | mean |")
    print("| --- | --- |" + " --- |" * (len(FINDINGS) + 1))
    for s in LAST:
        for m in [m for m in methods if "alone (0.5)" not in m]:
            if s not in results[m]:
                continue
            per = results[m][s]
            print(f"| {m} | {s.upper()} | " + " | ".join(f"{per[f]:.2f}" for f in FINDINGS) + f" | {mean(list(per.values())):.3f} |")
    for name in ["J to V", "J to W"]:
        print(f"\n## Per finding, mean over the sets {name}\n")
        print("| method | " + " | ".join(FINDINGS) + " |")
        print("| --- |" + " --- |" * len(FINDINGS))
        for m in list(methods):
            per = results[m]
            print(f"| {m} | " + " | ".join(f"{mean([per[s][f] for s in groups[name] if s in per]):.3f}" for f in FINDINGS) + " |")

    print("\n## Threshold sweep, held-out heads over the first-time sets D to W (mean of the sets)\n")
    got = {(f, t): {s: score(keys_of[s], data, first, held, f, t) for s in fs} for f in FINDINGS for t in THRESHOLDS}
    print("| finding | " + " | ".join("model alone" if t == 0.5 else "rules alone" if t == 1.0 else f"{t}" for t in THRESHOLDS) + " |")
    print("| --- |" + " --- |" * len(THRESHOLDS))
    for f in FINDINGS:
        r = [mean(list(got[(f, t)].values())) for t in THRESHOLDS]
        print(f"| {f} | " + " | ".join(f"**{x:.3f}**" if x == max(r) else f"{x:.3f}" for x in r) + " |")

    # A threshold per finding chosen for each set on the other first-time sets, then applied to it.
    def choose(h, f):
        return max(THRESHOLDS, key=lambda t: (mean([got[(f, t)][g] for g in fs if g != h]), -abs(t - SURE[f])))
    nested = {s: {f: got[(f, choose(s, f))][s] for f in FINDINGS} for s in fs}
    fixed = results["held-out heads (all other sets), 0.85, people 0.95"]
    print("\n| held-out heads | " + " | ".join(s.upper() for s in fs) + " | mean | " + " | ".join(FINDINGS) + " |")
    print("| --- |" + " --- |" * (len(fs) + 1 + len(FINDINGS)))
    for name, per in [("0.85, people 0.95 (fixed before any tuning)", fixed), ("a threshold per finding, chosen on the other sets", nested)]:
        print(f"| {name} | " + " | ".join(f"{mean(list(per[s].values())):.2f}" for s in fs)
              + f" | {mean([mean(list(per[s].values())) for s in fs]):.3f} | "
              + " | ".join(f"{mean([per[s][f] for s in fs]):.3f}" for f in FINDINGS) + " |")
    print("\nChosen per held-out set: " + "; ".join(f"{s.upper()} " + ", ".join(f"{f[:4]} {choose(s, f)}" for f in FINDINGS) for s in fs))
    whole = {f: max(THRESHOLDS, key=lambda t: (mean(list(got[(f, t)].values())), -abs(t - SURE[f]))) for f in FINDINGS}
    print("\nChosen on every held-out set at once: " + ", ".join(f"{f} {whole[f]}" for f in FINDINGS) + ".")

    # Which answers of V the evidence head calls yes, rules' first time, committed and held-out.
    fi = FINDINGS.index("evidence")
    for s in LAST:
        wrong = {m: [k[1] for k in keys_of[s] if "evidence" not in data[k]["exp"]["borderline"]
                     and override(r[k][fi], p[k][fi], ts[fi]) != bool(data[k]["exp"]["evidence"])]
                 for m, (r, p, ts, on) in methods.items() if "alone (0.5)" not in m and s in on}
        print(f"\nEvidence wrong on {s.upper()}: " + "; ".join(f"{m}: {' '.join(w) or 'none'}" for m, w in wrong.items()))


if __name__ == "__main__":
    main()
