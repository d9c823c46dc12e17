"""Offsets from a text file index its decoded text exactly: a BOM dropped, CRLF kept."""

import json
from pathlib import Path

from newsbrief.cli import main

from ..conftest import EXAMPLE


def test_offsets_index_a_crlf_file_with_a_bom(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    for p in sorted(EXAMPLE.glob("*.txt")):
        text = p.read_text(encoding="utf-8").replace("\n", "\r\n")
        (folder / p.name).write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert main(["summarize", str(folder), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    given = {p.stem: p.read_bytes().decode("utf-8-sig") for p in sorted(folder.glob("*.txt"))}
    assert out["sentences"]
    for s in out["sentences"]:
        assert given[s["article_id"]][s["start"] : s["end"]] == s["text"]
        for e in s["supported_by"]:
            # evidence text is shown normalised (wire quotes, line ends), nothing else
            span = given[e["document"]][e["start"] : e["end"]]
            assert _shown(span) == _shown(e["text"])


def _shown(text: str) -> str:
    return text.replace("\r\n", "\n").replace("''", '"').replace("``", '"')
