"""``--parse`` on ``attribute`` and ``summarize``: the dependency parse switched on from the
command line, and a one-line error naming the extra where it is not installed.

The story is invented: one outlet gives "14" to the killing, the summary (or the other
outlet) gives it to the wounding.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.attribution import config, parse
from newsbrief.cli import main
from newsbrief.errors import MissingExtraError

# "several passers-by": a count with no figure, so only the parse tells whether the
# story's 14 were wounded ("dozens of" is read as at least 24 since the s33 ctM round,
# which would contradict the claim's 14 by word order alone)
WIRE = (
    "DALMORA (AP) _ A truck bomb that wounded several passers-by outside the Dalmora trade "
    "mission on Friday killed 14 people, the police chief said.\n"
)
POST = (
    "Police said a truck bomb wounded 14 people outside the Dalmora trade mission on Friday "
    "and killed several guards.\n\nThe harbor district was closed.\n"
)
CLAIM = "A truck bomb wounded 14 people outside the Dalmora trade mission on Friday.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "post.txt").write_text(POST, encoding="utf-8")
    (tmp_path / "summary.txt").write_text(CLAIM, encoding="utf-8")
    return tmp_path


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


def test_attribute_parse_reads_which_predicate_a_figure_belongs_to(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["attribute", str(story / "wire.txt"), "--summary", str(story / "summary.txt")]
    assert main([*args, "--format", "json"]) == 0
    assert _json(capsys)["sentences"][0]["supported"]  # word order: "wounded", "14 people"
    assert main([*args, "--format", "json", "--parse"]) == 0
    assert not _json(capsys)["sentences"][0]["supported"]  # 14 were killed, not wounded
    assert config.get().parse == 0  # the switch holds for the command only


def test_summarize_parse_lists_only_outlets_that_give_the_figure_the_same_predicate(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["summarize", str(story / "wire.txt"), str(story / "post.txt"), "--sentences", "1"]
    sources = []
    for extra in ([], ["--parse"]):
        assert main([*args, "--format", "json", *extra]) == 0
        (sentence,) = _json(capsys)["sentences"]
        assert sentence["article_id"] == "wire"
        sources.append([e["document"] for e in sentence["supported_by"]])
    assert sources == [["wire", "post"], ["wire"]]


@pytest.mark.parametrize("command", ["attribute", "summarize"])
def test_parse_without_the_extra_is_a_one_line_error(
    command: str,
    story: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def missing() -> None:
        raise MissingExtraError("the dependency parse", "parse")

    monkeypatch.setattr(parse, "_nlp", missing)
    extra = ["--summary", str(story / "summary.txt")] if command == "attribute" else []
    assert main([command, str(story / "wire.txt"), *extra, "--parse"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("newsbrief: error: ") and "newsbrief[parse]" in err[0]
    assert not any("Traceback" in line for line in err)


def test_attribute_batch_parse_runs_in_one_process_only(story: Path) -> None:
    stories = story / "stories.jsonl"
    stories.write_text(
        json.dumps({"id": "s", "documents": [{"id": "wire", "text": WIRE}]}) + "\n",
        encoding="utf-8",
    )
    claims = story / "claims.jsonl"
    claims.write_text(
        json.dumps({"story": "s", "claim_id": "c", "claim": CLAIM.strip()}) + "\n",
        encoding="utf-8",
    )
    out = story / "out.jsonl"
    args = ["attribute", "--batch", str(stories), "--claims", str(claims), "-o", str(out)]
    assert main([*args, "--parse", "--jobs", "2"]) == 2
    supported = []
    for extra in ([], ["--parse"]):
        assert main([*args, *extra]) == 0
        (line,) = out.read_text(encoding="utf-8").splitlines()
        supported.append([e["document"] for e in json.loads(line)["supported_by"]])
    assert supported == [["wire"], []]
