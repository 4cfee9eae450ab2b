#!/usr/bin/env python3
"""Train the clause model's heads on every labelled insight set and write them for psw-coach.

    /tmp/mv/bin/python scripts/model/train_heads.py > src/insight/model/heads.json

One logistic regression per finding on the element-wise max and mean of the answer's clauses'
all-MiniLM-L6-v2 embeddings (the "emb clauses" model of docs/model.md), trained on every labelled set
in measure.SETS (A to W, 1,453 answers, since set W was used up on 7 Dec), its regularisation
chosen by leave-one-set-out as in scripts/model/measure.py. scripts/model/holdout.py says what this
recipe does on sets it has not seen. The committed heads.json is still the one trained on A to V
(1,391 answers, `ca33ff7`): trained on A to W the heads held out no better (0.955 to 0.956 over D to
V) and read set B and strong sets 3, 6 and 8 worse, so they were not shipped (docs/model.md, "Set W
added: ... not retrained"). The scaler is folded into the weights, so psw-coach computes
sigmoid(w . features + b). Each head carries how sure it must be to overrule the rules (SURE). Also
writes a few answers' probabilities, which the Rust tests check the Rust forward pass against when the
weights are present.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np  # noqa: E402
from measure import FINDINGS, choose_c, clauses, embed_all, labelled, load_sets, scaler_for  # noqa: E402
from minilm import MiniLM  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

# How sure each head must be to overrule the rules (above SURE, or below 1 - SURE), from
# scripts/model/decide.py on the held-out first-time sets B to I (docs/model.md, "Retrained on sets
# A to I"). 0.85, fixed before any tuning, for the six: with set H in, thresholds chosen per finding
# did no better held out (0.919 against 0.922). People 0.95: held out 0.93 to 0.95 whatever the
# threshold from 0.85 to 0.95, and 0.95 changes fewest answers wrongly (10 of 27; 2 wrong "no"s).
# Asked again over D to V with heads trained on every other set (holdout.py, 7 Dec): a threshold per
# finding chosen on the other sets held out 0.954 against 0.955 for these, so they stay. Again over D
# to W with heads trained on every other set of A to W (7 Dec, evening): 0.956 against 0.957; they stay.
SURE = {"done": 0.85, "difference": 0.85, "evidence": 0.85, "then": 0.85, "now": 0.85, "next": 0.85, "people": 0.95}

CHECKS = [
    "Families waited six weeks before; this quarter it was four days.",
    "I set up a carers' forum in March.\nNext we will audit 30 files in June.",
    "um so we had people on the list for months and now it's down to two weeks and the carers tell us",
]


def features(model, text):
    e = np.array([model.embed(c) for c in clauses(text)])
    return np.concatenate([e.max(0), e.mean(0)])


def main():
    cache = os.environ.get("PSW_MODEL_CACHE", os.path.expanduser("~/.cache/psw-coach-model"))
    data = load_sets()
    model = MiniLM(cache, dtype=np.float16)
    feats = embed_all(model, data, cache)
    keys = sorted(data)
    heads = {}
    for f in FINDINGS:
        tr = labelled(keys, data, f)
        X = np.array([feats[k]["clauses"] for k in tr])
        y = np.array([int(data[k]["exp"][f]) for k in tr])
        C = choose_c(tr, X, y, [k[0] for k in tr])
        scaler = scaler_for(X)
        clf = LogisticRegression(C=C, max_iter=2000).fit(scaler.transform(X), y)
        w = clf.coef_[0] / scaler.scale_
        b = clf.intercept_[0] - float((clf.coef_[0] * scaler.mean_ / scaler.scale_).sum())
        heads[f] = {"c": C, "sure": SURE[f], "bias": round(float(b), 6), "weights": [round(float(x), 6) for x in w]}
        print(f"{f}: C {C}, trained on {len(tr)} answers", file=sys.stderr)
    checks = []
    for text in CHECKS:
        x = features(model, text)
        probs = {f: round(float(1 / (1 + np.exp(-(np.dot(heads[f]["weights"], x) + heads[f]["bias"])))), 4) for f in FINDINGS}
        checks.append({"text": text, "clauses": clauses(text), "probabilities": probs})
    out = {"about": "made by scripts/model/train_heads.py; see docs/model.md",
           "embedding": "all-MiniLM-L6-v2, element-wise max then mean of the clauses' embeddings",
           "heads": heads, "checks": checks}
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
