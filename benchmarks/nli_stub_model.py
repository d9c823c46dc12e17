"""Build a stand-in NLI model folder whose verdict is fixed, to bound what ``--nli`` can do.

No real entailment model installs offline here, so the ``--nli`` path cannot be scored
for quality. What can be measured is its envelope on the labelled real news: with a model
that says "entailment" for every pair, the support it adds is the most any model could
add (recall ceiling), and the altered claims that still get no support are the ones the
typed-detail veto stops whatever the model says; a model that always says "neutral" must
change nothing. The folder has the layout ``--nli`` reads (model.onnx, tokenizer.json,
config.json). Needs onnx and tokenizers (the ``test`` extra).

    python benchmarks/nli_stub_model.py /tmp/nli-entail --label entailment
    python benchmarks/attribution_real_eval.py --split dev --nli /tmp/nli-entail
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from tokenizers import Tokenizer, models, pre_tokenizers

LABELS = ("entailment", "neutral", "contradiction")


def build(folder: Path, label: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tok = Tokenizer(models.WordLevel({"[UNK]": 0}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.save(str(folder / "tokenizer.json"))
    logits = np.full(len(LABELS), -8.0, dtype=np.float32)
    logits[LABELS.index(label)] = 8.0
    inputs = [
        helper.make_tensor_value_info(n, TensorProto.INT64, ["B", "T"])
        for n in ("input_ids", "attention_mask")
    ]
    consts = [
        numpy_helper.from_array(np.array([0], dtype=np.int64), "first"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis"),
        numpy_helper.from_array(np.zeros((1, len(LABELS)), dtype=np.float32), "zeros"),
        numpy_helper.from_array(logits, "fixed"),
    ]
    nodes = [  # (B, 1) zeros from the batch, broadcast to (B, 3), plus the fixed logits
        helper.make_node("Gather", ["input_ids", "first"], ["col"], axis=1),
        helper.make_node("Cast", ["col"], ["colf"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["colf", "zeros"], ["z"]),
        helper.make_node("Add", ["z", "fixed"], ["logits"]),
    ]
    out = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["B", len(LABELS)])
    graph = helper.make_graph(nodes, "fixed_nli", inputs, [out], initializer=consts)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(folder / "model.onnx"))
    config = {"id2label": {str(k): name for k, name in enumerate(LABELS)}}
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--label", choices=LABELS, default="entailment", help="the fixed verdict")
    args = ap.parse_args()
    build(args.folder, args.label)
    print(f"{args.folder}: always {args.label}")


if __name__ == "__main__":
    main()
