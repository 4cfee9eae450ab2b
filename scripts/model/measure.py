#!/usr/bin/env python3
"""Does a small local model read answers better than the rules on answers it has not seen? (issue 17 item 5)

    python3 -m venv /tmp/mv && /tmp/mv/bin/pip install numpy scikit-learn tokenizers safetensors
    /tmp/mv/bin/python scripts/model/measure.py --bin target/release/psw-coach \
        [--first b=BIN --first c=BIN ...] [--cache ~/.cache/psw-coach-model] > OUT.md

Leave one set out: for each of sets A to I, every classifier is trained on the other labelled
sets (every set in SETS less the held-out one: A to I until 7 Dec, then A to V, A to W since) and predicts the
held-out set, which it has never seen; the
held-out set's expected.json is used only to score. Scored as /work/shared/tools/insight_score.py
scores the yes/no findings: per finding, agreement on the answers not marked borderline for it.

  rules now     `BIN analyse --json` of today's rules. Tuned on every one of these sets: a tuning figure.
  rules first   the rules as they were when the set was scored for the first time (--first s=BIN, a
                build of that commit), the honest figure for the rules on a fresh set.
  emb whole     logistic regression per finding on the all-MiniLM-L6-v2 embedding of the whole answer.
  emb clauses   the same on the element-wise max and mean of the answer's clauses' embeddings.
  emb both      whole answer, max and mean together.
  words         logistic regression on word and word-pair presence (a classifier with no embeddings).
  stack         logistic regression on the rules' seven findings plus embeddings; trained with the
                rules' first-time findings of the training sets and applied to the held-out set's
                first-time findings, so neither side has seen the held-out set.
  override      the rules' first-time finding, replaced by the embedding model's where its
                probability is above 0.85 or below 0.15.
  psw-coach's model   the override on clause embeddings, at 0.85 and for people at 0.95:
                what the cargo feature `model` does.
Each classifier's regularisation is chosen by leave-one-set-out inside the training sets only.
Also prints what one answer costs to embed (numpy on one thread; not the Rust figure).
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import MiniLM  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SETS = {"a": "eval/insight/set-a", "b": "eval/hidden/insight-set-b", "c": "eval/hidden/insight-set-c",
        "d": "eval/hidden/insight-set-d", "e": "eval/hidden/insight-set-e", "f": "eval/hidden/insight-set-f",
        "g": "eval/hidden/insight-set-g", "h": "eval/hidden/insight-set-h", "i": "eval/hidden/insight-set-i",
        # Used up since (eval/README.md), named one by one: the sets the heads are trained on from 7 Dec.
        "j": "eval/hidden/insight-set-j", "k": "eval/hidden/insight-set-k", "l": "eval/hidden/insight-set-l",
        "m": "eval/hidden/insight-set-m", "n": "eval/hidden/insight-set-n", "o": "eval/hidden/insight-set-o",
        "p": "eval/hidden/insight-set-p", "q": "eval/hidden/insight-set-q", "r": "eval/hidden/insight-set-r",
        "s": "eval/hidden/insight-set-s", "t": "eval/hidden/insight-set-t", "u": "eval/hidden/insight-set-u",
        "v": "eval/hidden/insight-set-v", "w": "eval/hidden/insight-set-w"}
# Set A has no first-time build (it was written with the rules), so only the rules now and the models
# alone are scored on it.
HELD_OUT = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
FINDINGS = ["done", "difference", "evidence", "then", "now", "next", "people"]
# The rules' first-time yes/no means, from docs/accuracy.md (scored by the lead on each set's first day).
FIRST_TIME_DOC = {"b": 0.85, "c": 0.84, "d": 0.85, "e": 0.85, "f": 0.87, "g": 0.89, "h": 0.91, "i": 0.89}
CS = [0.01, 0.1, 1.0, 10.0]
OVERRIDE = 0.85
# How sure the model must be to overrule people in psw-coach (scripts/model/train_heads.py's SURE).
PEOPLE_SURE = 0.95
STACK_ON = ["emb clauses", "emb both"]
PRODUCT = "emb clauses"
COMBINED = [f"stack ({m})" for m in STACK_ON] + [f"override ({m})" for m in STACK_ON] + ["psw-coach's model"]


def load_sets():
    data = {}
    for s, d in SETS.items():
        exp = json.load(open(os.path.join(ROOT, d, "expected.json")))["answers"]
        for k in sorted(exp):
            text = open(os.path.join(ROOT, d, k + ".txt"), encoding="utf-8").read()
            data[(s, k)] = {"text": text, "exp": exp[k]}
    return data


def clauses(text):
    """Sentences, bullets and lines, and long unpunctuated runs cut at their joining words."""
    parts = re.split(r"(?<=[.!?;])\s+|\n+|^\s*[-*\u2022]\s+", text, flags=re.M)
    out = []
    for p in parts:
        p = (p or "").strip(" -*\u2022\t")
        if not p:
            continue
        if len(p.split()) > 25:
            pieces = re.split(r",\s+(?=(?:and|but|so|because|which|then|now|um|er)\b)|\s+(?=(?:and then|so now|but now|and now|so|but)\s)", p)
            out.extend(x.strip() for x in pieces if x and len(x.split()) >= 2)
        elif len(p.split()) >= 2:
            out.append(p)
    return out or [text.strip()]


def tool_bin(o, f):
    if f in ("done", "difference", "evidence"):
        return o["covers"][f]
    if f in ("then", "now", "next"):
        return o["then_now_next"][f]
    # The reader model's own yes/no on people, where it gave one (feature `model`), else the mentions.
    return o.get("people_by_model", len(o["people_mentions"]) > 0)


def run_rules(binary, data, sets, out_dir):
    """`BIN --data-dir EMPTY analyse KEY.txt --json` per answer, kept in out_dir for a second run."""
    empty = tempfile.mkdtemp()
    found = {}
    for (s, k), item in data.items():
        if s not in sets:
            continue
        path = os.path.join(out_dir, s, k + ".json")
        if not os.path.exists(path):
            os.makedirs(os.path.dirname(path), exist_ok=True)
            txt = os.path.join(ROOT, SETS[s], k + ".txt")
            res = subprocess.run([binary, "--data-dir", empty, "analyse", txt, "--json"], capture_output=True, check=True)
            open(path, "wb").write(res.stdout)
        o = json.load(open(path))
        found[(s, k)] = np.array([tool_bin(o, f) for f in FINDINGS], dtype=float)
    return found


def embed_all(model, data, cache):
    """Whole-answer and per-clause embeddings, cached by the text's hash."""
    path = os.path.join(cache, "embeddings.npz")
    store = dict(np.load(path)) if os.path.exists(path) else {}
    feats = {}
    for key, item in data.items():
        h = hashlib.sha256(item["text"].encode()).hexdigest()[:16]
        if h + "w" not in store:
            store[h + "w"] = model.embed(item["text"])
            store[h + "c"] = np.array([model.embed(c) for c in clauses(item["text"])])
        w, c = store[h + "w"], store[h + "c"]
        feats[key] = {"whole": w, "clauses": np.concatenate([c.max(0), c.mean(0)])}
    np.savez(path, **store)
    return feats


def cost(model, data, n):
    """CPU time to embed the whole answer and each clause, on every n-th answer."""
    times, tokens = [], []
    for key in sorted(data)[::n]:
        text = data[key]["text"]
        t = time.process_time()
        model.embed(text)
        for c in clauses(text):
            model.embed(c)
        times.append(time.process_time() - t)
        tokens.append(len(model.ids(text)))
    return times, tokens


def agreement(keys, data, pred, f):
    fi = FINDINGS.index(f)
    n = a = 0
    for key in keys:
        e = data[key]["exp"]
        if f in e["borderline"]:
            continue
        n += 1
        a += int(bool(pred[key][fi]) == bool(e[f]))
    return a / n if n else float("nan")


def labelled(keys, data, f):
    return [k for k in keys if f not in data[k]["exp"]["borderline"]]


def scaler_for(X):
    """Standardises each feature, except the near-constant ones: two of all-MiniLM-L6-v2's 384
    dimensions are about 1e-33 in every embedding, and scaling those to unit variance turns
    float rounding into features (a float16 copy of the weights then moves them by 1e28)."""
    scaler = StandardScaler().fit(X)
    scaler.scale_[scaler.scale_ < 1e-6] = 1.0
    return scaler


def fit(X, y, C):
    scaler = scaler_for(X)
    clf = LogisticRegression(C=C, max_iter=2000).fit(scaler.transform(X), y)
    return lambda Z: clf.predict_proba(scaler.transform(Z))[:, 1]


def choose_c(keys, X, y, groups):
    """Leave one training set out to pick C; never looks at the held-out set."""
    best, best_acc = CS[0], -1.0
    for C in CS:
        right = total = 0
        for g in sorted(set(groups)):
            tr = [i for i in range(len(keys)) if groups[i] != g]
            te = [i for i in range(len(keys)) if groups[i] == g]
            if len(set(y[tr])) < 2:
                p = np.full(len(te), y[tr][0])
            else:
                p = fit(X[tr], y[tr], C)(X[te]) >= 0.5
            right += int((p == y[te]).sum())
            total += len(te)
        if right / total > best_acc:
            best, best_acc = C, right / total
    return best


def predict(train, test, data, featfn, f):
    tr = labelled(train, data, f)
    X = np.array([featfn(k) for k in tr])
    y = np.array([int(data[k]["exp"][f]) for k in tr])
    groups = [k[0] for k in tr]
    if len(set(y)) < 2:
        return {k: float(y[0]) for k in test}
    C = choose_c(tr, X, y, groups)
    prob = fit(X, y, C)(np.array([featfn(k) for k in test]))
    return dict(zip(test, prob))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--first", action="append", default=[], help="s=BIN: the rules at set s's first scoring")
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/psw-coach-model"))
    args = ap.parse_args()
    data = load_sets()
    model = MiniLM(args.cache)
    feats = embed_all(model, data, args.cache)
    times, tokens = cost(model, data, 8)
    rules_now = run_rules(args.bin, data, set(SETS), os.path.join(args.cache, "rules-now"))
    first = {}
    for spec in args.first:
        s, b = spec.split("=", 1)
        first.update(run_rules(b, data, {s}, os.path.join(args.cache, "rules-first")))
    have_first = sorted({k[0] for k in first})
    first_sets = set(have_first)

    featsets = {
        "emb whole": lambda k: feats[k]["whole"],
        "emb clauses": lambda k: feats[k]["clauses"],
        "emb both": lambda k: np.concatenate([feats[k]["whole"], feats[k]["clauses"]]),
    }
    keys = sorted(data)
    results = {}  # method -> set -> finding -> agreement
    for held in HELD_OUT:
        test = [k for k in keys if k[0] == held]
        train = [k for k in keys if k[0] != held]
        preds = {m: {k: np.zeros(len(FINDINGS)) for k in test} for m in list(featsets) + ["words"] + COMBINED}
        vec = CountVectorizer(ngram_range=(1, 2), binary=True, min_df=2).fit([data[k]["text"] for k in train])
        bag = {k: v for k, v in zip(keys, vec.transform([data[k]["text"] for k in keys]).toarray())}
        for fi, f in enumerate(FINDINGS):
            for m, fn in featsets.items():
                p = predict(train, test, data, fn, f)
                for k in test:
                    preds[m][k][fi] = p[k] >= 0.5
                if m in STACK_ON and held in first_sets:
                    for k in test:
                        r = first[k][fi]
                        preds[f"override ({m})"][k][fi] = 1.0 if p[k] > OVERRIDE else 0.0 if p[k] < 1 - OVERRIDE else r
                        # What psw-coach's `model` feature does: 0.85, people 0.95 (docs/model.md).
                        if m == PRODUCT:
                            t = PEOPLE_SURE if f == "people" else OVERRIDE
                            preds["psw-coach's model"][k][fi] = 1.0 if p[k] > t else 0.0 if p[k] < 1 - t else r
            p = predict(train, test, data, lambda k: bag[k], f)
            for k in test:
                preds["words"][k][fi] = p[k] >= 0.5
            if held in first_sets:
                st_train = [k for k in train if k[0] in first_sets]
                for m in STACK_ON:
                    fn = lambda k, m=m: np.concatenate([first[k], featsets[m](k)])
                    p = predict(st_train, test, data, fn, f)
                    for k in test:
                        preds[f"stack ({m})"][k][fi] = p[k] >= 0.5
        preds["rules now"] = {k: rules_now[k] for k in test}
        if held in first_sets:
            preds["rules first"] = {k: first[k] for k in test}
        for m, pr in preds.items():
            if (m in COMBINED or m == "rules first") and held not in first_sets:
                continue
            results.setdefault(m, {})[held] = {f: agreement(test, data, pr, f) for f in FINDINGS}
        print(f"held out {held} done", file=sys.stderr)

    order = ["rules now", "rules first", "emb whole", "emb clauses", "emb both", "words"] + COMBINED
    print("## Yes/no mean per held-out set\n")
    print("| method | " + " | ".join(s.upper() for s in HELD_OUT) + " | mean |")
    print("| --- |" + " --- |" * (len(HELD_OUT) + 1))
    print("| rules, first time (docs/accuracy.md) | " + " | ".join(f"{FIRST_TIME_DOC[s]:.2f}" if s in FIRST_TIME_DOC else "" for s in HELD_OUT)
          + f" | {np.mean(list(FIRST_TIME_DOC.values())):.2f} |")
    for m in order:
        if m not in results:
            continue
        row = [np.mean(list(results[m][s].values())) if s in results[m] else None for s in HELD_OUT]
        got = [x for x in row if x is not None]
        print(f"| {m} | " + " | ".join("" if x is None else f"{x:.2f}" for x in row) + f" | {np.mean(got):.2f} |")
    print("\n## Per finding, averaged over the held-out sets each method was scored on\n")
    print("| method | " + " | ".join(FINDINGS) + " |")
    print("| --- |" + " --- |" * len(FINDINGS))
    for m in order:
        if m not in results:
            continue
        print(f"| {m} | " + " | ".join(f"{np.mean([results[m][s][f] for s in results[m]]):.2f}" for f in FINDINGS) + " |")
    print("\n## Per set and finding\n")
    for m in order:
        if m not in results:
            continue
        for s in HELD_OUT:
            if s in results[m]:
                print(f"- {m}, set {s.upper()}: " + ", ".join(f"{f} {results[m][s][f]:.2f}" for f in FINDINGS))
    if True:
        t = np.array(times) * 1000
        print(f"\nEmbedding cost (numpy, one thread, whole answer plus each clause), {len(t)} answers: "
              f"mean {t.mean():.0f} ms, 95th percentile {np.percentile(t, 95):.0f} ms, max {t.max():.0f} ms; "
              f"answer length mean {np.mean(tokens):.0f} tokens, max {max(tokens)}.")
    if have_first:
        print(f"\nRules' first-time builds given for sets: {', '.join(have_first)}.")


if __name__ == "__main__":
    main()
