"""The benchmark scripts the docs name answer ``--help`` with their usage and stop
(a full run takes minutes), and list the splits the docs run them on."""

from __future__ import annotations

import subprocess
import sys

from ..conftest import ROOT


def _help(script: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return " ".join(done.stdout.split())


def test_digest_furniture_help_prints_usage_and_stops() -> None:
    text = _help("digest_furniture.py")
    assert text.startswith("usage: digest_furniture.py")
    assert "Cross-story page furniture" in text


def test_attribution_real_eval_help_lists_every_split_the_docs_run() -> None:
    text = _help("attribution_real_eval.py")
    for split in ("dev", "dev_altered2", "heldout", "heldout2"):
        assert split in text
