"""The optional --nli path: a local entailment model decides support, details keep a veto.

No real NLI model installs offline, so these tests build a tiny one the way a user's
export looks (model.onnx, tokenizer.json, config.json): a WordLevel tokenizer and an
ONNX graph whose logits favour one label when a trigger word is in the input.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

from newsbrief.attribution import attribute, config
from newsbrief.attribution.nli import NLI
from newsbrief.cli import main
from newsbrief.errors import InputError, MissingExtraError, OptionsError

# Written for these tests (not third-party text).
STORY = [
    "The ferry company Nordline cancelled all 14 crossings to the island of Veska on "
    "Tuesday because of the storm.",
    "Storm Greta forced Nordline to call off every ferry to Veska on Tuesday.",
]
# The same fact in words the lexical rules do not match ("scrapped", "amid the gale").
PARAPHRASE = "Nordline scrapped 14 crossings to Veska on Tuesday amid the gale."
COPIED = STORY[0]
NLI_ORDER = {"0": "ENTAILMENT", "1": "neutral", "2": "Contradiction"}


def _vocab() -> dict[str, int]:
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
    for text in [*STORY, PARAPHRASE, "friday 12 wednesday"]:
        words += [w for w in re.findall(r"\w+|[^\w\s]", text.lower()) if w not in words]
    return {w: k for k, w in enumerate(words)}


def build_model(
    folder: Path,
    *,
    trigger: str = "scrapped",
    id2label: dict[str, str] | None = None,
    type_ids: bool = True,
) -> Path:
    """A cross-encoder folder whose first label's logit is high iff ``trigger`` occurs."""
    folder.mkdir(parents=True, exist_ok=True)
    vocab = _vocab()
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    tok.save(str(folder / "tokenizer.json"))
    names = ["input_ids", "attention_mask"] + (["token_type_ids"] if type_ids else [])
    inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, ["B", "T"]) for n in names]
    consts = [
        numpy_helper.from_array(np.array(vocab[trigger], dtype=np.int64), "trigger"),
        # present -> label 0 high; absent -> label 1 (the middle one) high
        numpy_helper.from_array(np.array([[16.0, -8.0, 0.0]], dtype=np.float32), "weight"),
        numpy_helper.from_array(np.array([0.0, 8.0, 0.0], dtype=np.float32), "bias"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis"),
    ]
    nodes = [
        helper.make_node("Equal", ["input_ids", "trigger"], ["hit"]),
        helper.make_node("Cast", ["hit"], ["hitf"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["attention_mask"], ["maskf"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["hitf", "maskf"], ["seen"]),
        helper.make_node("ReduceMax", ["seen", "axis"], ["present"], keepdims=1),
        helper.make_node("MatMul", ["present", "weight"], ["scaled"]),
        helper.make_node("Add", ["scaled", "bias"], ["logits"]),
    ]
    out = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["B", 3])
    graph = helper.make_graph(nodes, "tiny_nli", inputs, [out], initializer=consts)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(folder / "model.onnx"))
    labels = id2label or NLI_ORDER
    (folder / "config.json").write_text(json.dumps({"id2label": labels}))
    return folder


@pytest.fixture
def model_dir(tmp_path: Path) -> Path:
    return build_model(tmp_path / "nli")


def _sources(result) -> set[str]:
    return {e.article_id for e in result.supported_by}


def test_loads_a_model_folder_and_reads_label_order_from_config(model_dir: Path) -> None:
    nli = NLI(model_dir)
    assert (nli.entailment, nli.contradiction, nli.labels) == (0, 2, 3)
    (ent, con), (ent2, _) = nli.score([("x", PARAPHRASE), ("x", "Nordline cancelled")])
    assert ent > 0.99 and con < 0.01
    assert ent2 < 0.01


def test_a_model_without_token_type_ids_loads(tmp_path: Path) -> None:
    nli = NLI(build_model(tmp_path / "m", type_ids=False))
    assert nli.score([("the storm", PARAPHRASE)])[0][0] > 0.99


def test_entailment_supports_a_paraphrase_the_lexical_rules_miss(model_dir: Path) -> None:
    (lexical,) = attribute(STORY, [PARAPHRASE])
    (with_nli,) = attribute(STORY, [PARAPHRASE], nli=model_dir)
    assert not lexical.supported_by
    assert _sources(with_nli) == {"doc1"}


def test_the_verdict_follows_the_label_order_in_config(tmp_path: Path) -> None:
    swapped = {"0": "contradiction", "1": "neutral", "2": "entailment"}
    folder = build_model(tmp_path / "swapped", id2label=swapped)
    (result,) = attribute(STORY, [PARAPHRASE], nli=folder)
    assert not result.supported_by  # the same logits now say "contradiction"


def test_a_changed_figure_stays_unsupported_whatever_the_model_says(model_dir: Path) -> None:
    changed = PARAPHRASE.replace("14", "12")
    (result,) = attribute(STORY, [changed], nli=model_dir)
    assert not result.supported_by


def test_a_changed_day_stays_unsupported_whatever_the_model_says(model_dir: Path) -> None:
    changed = PARAPHRASE.replace("Tuesday", "Wednesday")
    (result,) = attribute(STORY, [changed], nli=model_dir)
    assert not result.supported_by


def test_contradiction_from_the_model_does_not_remove_checked_support(
    tmp_path: Path, config_with: Callable[..., config.Config]
) -> None:
    # the trigger word is in the copied sentence, and the model calls it a contradiction
    folder = build_model(
        tmp_path / "m",
        trigger="cancelled",
        id2label={"0": "contradiction", "1": "neutral", "2": "entailment"},
    )
    (result,) = attribute(STORY, [COPIED], nli=folder)
    assert "doc1" in _sources(result)
    # unless the documented switch is turned on
    config_with(nli_unsupport=0.9)
    (strict,) = attribute(STORY, [COPIED], nli=NLI(folder))
    assert "doc1" not in _sources(strict)


class CountingModel:
    """Any object with ``score(pairs)`` may stand in for a loaded model."""

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []

    def score(self, pairs):
        self.pairs += list(pairs)
        return [(0.0, 0.0)] * len(pairs)


def test_summarize_analysis_asks_the_model_and_analysis_off_refuses_it(model_dir: Path) -> None:
    import newsbrief

    counting = CountingModel()
    summary = newsbrief.summarize([*STORY, PARAPHRASE], words=60, nli=counting)
    assert summary.sentences
    # (window, claim): the paraphrase's window checked against the copied sentence
    assert (PARAPHRASE, COPIED) in counting.pairs
    with pytest.raises(OptionsError, match="analysis"):
        newsbrief.summarize(STORY, analysis=False, nli=model_dir)


def test_batch_attribution_uses_the_model(model_dir: Path) -> None:
    from newsbrief import Article, Story, attribute_batch

    story = Story("s", tuple(Article(f"doc{k + 1}", t) for k, t in enumerate(STORY)))
    claims = [{"story": "s", "claim_id": "c1", "claim": PARAPHRASE}]
    (plain,) = attribute_batch([story], claims)
    (result,) = attribute_batch([story], claims, nli=model_dir)
    assert not plain.attribution.supported_by
    assert _sources(result.attribution) == {"doc1"}
    with pytest.raises(OptionsError, match="one process"):
        attribute_batch([story], claims, nli=model_dir, jobs=2)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: (d / "model.onnx").unlink(), "missing model.onnx"),
        (lambda d: (d / "tokenizer.json").unlink(), "missing tokenizer.json"),
        (lambda d: (d / "config.json").write_text("{not json"), "config.json is not JSON"),
        (lambda d: (d / "config.json").write_text("{}"), "no id2label"),
        (
            lambda d: (d / "config.json").write_text(
                json.dumps({"id2label": {"0": "LABEL_0", "1": "LABEL_1", "2": "LABEL_2"}})
            ),
            "names no 'entailment'",
        ),
        (lambda d: (d / "tokenizer.json").write_text("[]"), "not a tokenizers file"),
        (lambda d: (d / "model.onnx").write_bytes(b"not a graph"), "cannot be loaded"),
        (
            lambda d: (d / "config.json").write_text(
                json.dumps({"id2label": {"0": "entailment", "1": "contradiction"}})
            ),
            "logits of shape",
        ),
    ],
)
def test_a_broken_model_folder_is_named_in_one_line(model_dir: Path, damage, message) -> None:
    damage(model_dir)
    with pytest.raises((InputError, OptionsError), match=re.escape(message)) as info:
        attribute(STORY, [PARAPHRASE], nli=NLI(model_dir))
    assert str(model_dir) in (info.value.where or "")
    assert "\n" not in str(info.value)


def test_a_path_that_does_not_exist_is_said_not_to_exist(tmp_path: Path) -> None:
    with pytest.raises(OptionsError, match="does not exist") as info:
        NLI(tmp_path / "nowhere")
    assert "model.onnx" in (info.value.hint or "")


def test_a_file_given_for_the_folder_is_an_options_error(tmp_path: Path) -> None:
    (tmp_path / "model.onnx").write_bytes(b"x")
    with pytest.raises(OptionsError, match=r"folder holding model\.onnx.*not a file"):
        NLI(tmp_path / "model.onnx")


def test_a_folder_without_any_model_file_says_so(tmp_path: Path, capsys) -> None:
    (tmp_path / "notes.txt").write_text("not a model")
    assert main(["summarize", "examples/baghdadi-mosul", "--nli", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no NLI model in this folder" in err and "missing model.onnx" not in err


def test_without_the_extra_the_error_names_it(
    model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # as if not installed
    with pytest.raises(MissingExtraError, match=r"newsbrief\[nli\]"):
        NLI(model_dir)


@pytest.fixture
def story_files(tmp_path: Path) -> tuple[list[str], Path]:
    paths = []
    for k, text in enumerate(STORY):
        p = tmp_path / f"a{k}.txt"
        p.write_text(text + "\n")
        paths.append(str(p))
    summary = tmp_path / "summary.txt"
    summary.write_text(PARAPHRASE + "\n")
    return paths, summary


def test_cli_attribute_with_nli(model_dir: Path, story_files, capsys) -> None:
    paths, summary = story_files
    args = ["attribute", *paths, "--summary", str(summary), "--format", "json"]
    assert main(args) == 0
    assert _supporting(capsys) == set()
    assert main([*args, "--nli", str(model_dir)]) == 0
    assert _supporting(capsys) == {"a0"}


def _supporting(capsys) -> set[str]:
    data = json.loads(capsys.readouterr().out)
    return {e["document"] for s in data["sentences"] for e in s["supported_by"]}


def test_cli_summarize_with_nli_runs(model_dir: Path, story_files, capsys) -> None:
    paths, _ = story_files
    assert main(["summarize", *paths, "--nli", str(model_dir), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["sentences"]


@pytest.mark.parametrize("command", ["attribute", "summarize"])
def test_cli_bad_model_folder_is_exit_2_in_one_line(
    command: str, model_dir: Path, story_files, capsys
) -> None:
    paths, summary = story_files
    (model_dir / "config.json").write_text("{}")
    extra = ["--summary", str(summary)] if command == "attribute" else []
    assert main([command, *paths, *extra, "--nli", str(model_dir)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err and err[0].startswith("newsbrief: error: ") and "id2label" in err[0]
    assert not any("Traceback" in line for line in err)


def test_cli_without_the_extra_is_exit_2_naming_it(
    model_dir: Path, story_files, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsbrief.attribution import nli

    nli._load.cache_clear()
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    paths, summary = story_files
    assert main(["attribute", *paths, "--summary", str(summary), "--nli", str(model_dir)]) == 2
    err = capsys.readouterr().err
    assert "newsbrief[nli]" in err and "Traceback" not in err
    nli._load.cache_clear()


def test_cli_nli_with_jobs_is_not_supported_yet(model_dir: Path, tmp_path: Path, capsys) -> None:
    stories = tmp_path / "stories.jsonl"
    stories.write_text(
        json.dumps(
            {"id": "s", "documents": [{"id": f"d{k}", "text": t} for k, t in enumerate(STORY)]}
        )
        + "\n"
    )
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"story": "s", "claim_id": "c", "claim": PARAPHRASE}) + "\n")
    args = ["attribute", "--batch", str(stories), "--claims", str(claims), "-o"]
    assert main([*args, str(tmp_path / "o.jsonl"), "--nli", str(model_dir), "--jobs", "2"]) == 2
    assert "not supported yet" in capsys.readouterr().err
    assert main([*args, str(tmp_path / "p.jsonl"), "--nli", str(model_dir)]) == 0
    (line,) = (tmp_path / "p.jsonl").read_text().splitlines()
    assert json.loads(line)["supported_by"]
