"""Measure extraction: throughput, peak memory and time per stage.

One *pass* reads a corpus (JSONL text records, or HTML pages rendered from them with
:mod:`rasd.bench.page`), runs the pipeline through :func:`rasd.runner.run_documents` (one process
or several) and turns every document into records serialised as JSON, as ``rasd extract`` does.
Throughput is articles / wall time of the whole pass (reading, extraction and output).  Rendering
the HTML pages is setup and is not timed.

Per-stage seconds: ``read`` (JSON decoding, or HTML extraction by trafilatura, plus building the
Document), the pipeline stages from ``doc.timings``, and ``output`` (records + JSON).  In a
multi-process pass the pipeline stages run in the workers (their seconds are summed over
workers) while ``read`` and ``output`` run in the main process.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.io.readers import InputError, PendingHtml, iter_documents, iter_records

STAGE_ORDER = ["read", "html", "cleanup", "text", "time", "places", "actors", "events", "output"]


@dataclass
class PassResult:
    """The figures of one pass."""

    input: str  # text | html
    workers: int
    articles: int = 0
    errors: int = 0
    events: int = 0
    wall_s: float = 0.0
    rate: float = 0.0  # articles per second, wall time
    stage_s: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0  # this process
    peak_rss_children_mb: float = 0.0  # the largest worker process (multi-process passes)
    setup_s: float = 0.0  # rendering HTML pages (not part of the rate)
    load_before: float = 0.0  # 1-minute load average when the pass started (other work on the machine)
    cpu_main_s: float = 0.0  # CPU seconds (user + system) of this process during the pass
    cpu_workers_s: float = 0.0  # CPU seconds of the worker processes (multi-process passes)
    # articles/s the CPU seconds allow when the machine is not shared: articles / max(main CPU,
    # all CPU / processes); on a busy machine compare this, not ``rate``
    rate_cpu_bound: float = 0.0


def machine() -> dict[str, Any]:
    """``nproc``, CPU model, memory, Python: the context every figure needs."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    mem_gb = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return {"nproc": nproc, "cpu": cpu, "mem_gb": mem_gb, "python": platform.python_version(),
            "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")}


def _rss_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # ru_maxrss is KiB on Linux


def render_pages(records: Iterable[dict[str, Any]], folder: Path) -> list[str]:
    """Write one HTML page per record into ``folder``; the paths, in corpus order."""
    from rasd.bench.page import render_page

    recent: collections.deque[tuple[str, str]] = collections.deque(maxlen=5)
    paths = []
    for i, rec in enumerate(records):
        p = folder / f"{i:06d}.html"
        p.write_text(render_page(rec, related=list(recent)), encoding="utf-8")
        recent.appendleft((str(rec.get("id", i)), str(rec.get("title") or "")))
        paths.append(str(p))
    return paths


class _TimedIter:
    """Wraps an iterator and adds the time spent producing each item to ``seconds``."""

    def __init__(self, it: Iterator[Document | InputError | PendingHtml], limit: int | None) -> None:
        self.it = it
        self.left = limit
        self.seconds = 0.0

    def __iter__(self) -> _TimedIter:
        return self

    def __next__(self) -> Document | InputError | PendingHtml:
        if self.left is not None:
            if self.left <= 0:
                raise StopIteration
            self.left -= 1
        t0 = time.perf_counter()
        try:
            return next(self.it)
        finally:
            self.seconds += time.perf_counter() - t0


def run_pass(inputs: list[str], workers: int, input_kind: str, limit: int | None = None,
             chunk: int = 16) -> PassResult:
    """Read ``inputs`` (as ``rasd extract`` would), extract and serialise; return the figures."""
    from rasd.output.records import records
    from rasd.runner import run_documents

    res = PassResult(input=input_kind, workers=workers, load_before=round(os.getloadavg()[0], 2))
    stages: dict[str, float] = collections.defaultdict(float)
    out_s = 0.0
    sink = open(os.devnull, "w", encoding="utf-8")  # closed below
    ru0, rc0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    items = _TimedIter(iter_documents(inputs, defer_html=True), limit)
    try:
        for item in run_documents(items, workers=workers, chunk=chunk):
            if isinstance(item, InputError):
                res.errors += 1
                continue
            res.articles += 1
            for k, v in item.timings.items():
                stages[k] += v
            t1 = time.perf_counter()
            recs = records(item)
            for r in recs:
                sink.write(json.dumps(r, ensure_ascii=False) + "\n")
            out_s += time.perf_counter() - t1
            res.events += len(recs)
    finally:
        sink.close()
    res.wall_s = round(time.perf_counter() - t0, 3)
    ru1, rc1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    res.cpu_main_s = round(ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime, 2)
    res.cpu_workers_s = round(rc1.ru_utime + rc1.ru_stime - rc0.ru_utime - rc0.ru_stime, 2)
    bound = max(res.cpu_main_s, (res.cpu_main_s + res.cpu_workers_s) / max(1, workers))
    res.rate_cpu_bound = round((res.articles + res.errors) / bound, 1) if bound > 0 else 0.0
    done = res.articles + res.errors
    res.rate = round(done / res.wall_s, 1) if res.wall_s else 0.0
    stages["read"] = items.seconds
    stages["output"] = out_s
    order = STAGE_ORDER + sorted(k for k in stages if k not in STAGE_ORDER)
    res.stage_s = {k: round(stages[k], 3) for k in order if k in stages}
    res.peak_rss_mb = _rss_mb(resource.RUSAGE_SELF)
    res.peak_rss_children_mb = _rss_mb(resource.RUSAGE_CHILDREN) if workers > 1 else 0.0
    return res


def gazetteer_load() -> tuple[int | None, float | None]:
    """Entries in the bundled gazetteer (the memory figure is only meaningful with all of them) and the seconds
    one fresh load of it takes (every worker process pays it once at start)."""
    try:
        from rasd.geo.gazetteer import load_gazetteer

        t0 = time.perf_counter()
        g = load_gazetteer()
        return len(g.entries), round(time.perf_counter() - t0, 3)
    except Exception:  # the gazetteer module is another stage's; a bench must still run
        return None, None


def bench(corpus: Path, limit: int | None, workers: int, html: bool, single: bool = True,
          log: Any = None) -> dict[str, Any]:
    """Run the passes (one process, then ``workers`` processes) and return all figures."""
    passes: list[PassResult] = []
    worker_counts = ([1] if single or workers <= 1 else []) + ([workers] if workers > 1 else [])
    with tempfile.TemporaryDirectory(prefix="rasd-bench-") as tmp:
        setup = 0.0
        if html:
            t0 = time.perf_counter()
            inputs = render_pages(iter_records(corpus, limit), Path(tmp))
            setup = round(time.perf_counter() - t0, 3)
            lim = None
        else:
            inputs, lim = [str(corpus)], limit
        for w in worker_counts:
            if log:
                log(f"rasd bench: {'html' if html else 'text'} input, {w} process(es) ...")
            r = run_pass(inputs, w, "html" if html else "text", lim)
            r.setup_s = setup
            passes.append(r)
            if log:
                log(f"  {r.articles} articles in {r.wall_s:.1f} s = {r.rate:.0f}/s, "
                    f"peak RSS {r.peak_rss_mb:.0f} MB (workers {r.peak_rss_children_mb:.0f} MB)")
    entries, load_s = gazetteer_load()
    return {"machine": machine(), "corpus": str(corpus), "limit": limit,
            "gazetteer_entries": entries, "gazetteer_load_s": load_s,
            "passes": [asdict(p) for p in passes]}


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of every pass and its per-stage breakdown (ms per article)."""
    m = result["machine"]
    lines = [f"machine: {m['nproc']} cores, {m['cpu']}, {m['mem_gb']} GB, Python {m['python']}; {m['date']}",
             f"corpus: {result['corpus']}" + (f" (first {result['limit']})" if result["limit"] else ""),
             f"gazetteer entries loaded: {result.get('gazetteer_entries')}, "
             f"one fresh load {result.get('gazetteer_load_s')} s"]
    head = f"{'input':<5} {'procs':>5} {'articles':>8} {'errors':>6} {'events':>7} {'wall s':>8} " \
           f"{'art/s':>7} {'RSS MB':>7} {'worker MB':>9} {'load':>5} {'CPU main s':>10} " \
           f"{'CPU workers s':>13} {'CPU-bound art/s':>15}"
    lines += ["", head]  # load: the 1-minute load average when the pass started
    for p in result["passes"]:
        lines.append(f"{p['input']:<5} {p['workers']:>5} {p['articles']:>8} {p['errors']:>6} "
                     f"{p['events']:>7} "
                     f"{p['wall_s']:>8.1f} {p['rate']:>7.1f} {p['peak_rss_mb']:>7.0f} "
                     f"{p['peak_rss_children_mb']:>9.0f} {p.get('load_before', 0):>5.2f} "
                     f"{p.get('cpu_main_s', 0):>10.1f} {p.get('cpu_workers_s', 0):>13.1f} "
                     f"{p.get('rate_cpu_bound', 0):>15.1f}")
    for p in result["passes"]:
        n = max(1, p["articles"] + p["errors"])
        total = sum(p["stage_s"].values()) or 1.0
        lines += ["", f"per stage, {p['input']} input, {p['workers']} process(es): ms/article (share)"]
        for k, v in p["stage_s"].items():
            lines.append(f"  {k:<8} {1000 * v / n:8.3f}  {100 * v / total:5.1f}%")
        if p["setup_s"]:
            lines.append(f"  (rendering the pages, not timed in the rate: {p['setup_s']:.1f} s)")
    return "\n".join(lines) + "\n"


def profile(corpus: Path, limit: int, html: bool, top: int = 30) -> str:
    """cProfile of a one-process pass: the ``top`` functions by own time, then by cumulative time."""
    import cProfile
    import io
    import pstats

    with tempfile.TemporaryDirectory(prefix="rasd-prof-") as tmp:
        inputs = render_pages(iter_records(corpus, limit), Path(tmp)) if html else [str(corpus)]
        run_pass(inputs, 1, "html" if html else "text", 1)  # load lexicons and gazetteer first
        prof = cProfile.Profile()
        prof.enable()
        run_pass(inputs, 1, "html" if html else "text", None if html else limit)
        prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return buf.getvalue()


def find_corpus(explicit: str | None, shared: Path,
                name: str = "almayadeen-2023-2024.jsonl.gz") -> Path | None:
    if explicit:
        return Path(explicit)
    p = shared / "corpus" / name
    return p if p.is_file() else None


def samples_corpus(samples: Path, folder: Path) -> Path | None:
    """The sample articles (``samples/``) written as a JSONL corpus in ``folder`` (None: no samples)."""
    if not samples.is_dir():
        return None
    recs = []
    for item in iter_documents([str(samples)]):
        if isinstance(item, Document):
            recs.append({"id": item.id, "title": item.title, "text": item.text,
                         "published": item.published.isoformat() if item.published else ""})
    if not recs:
        return None
    out = folder / "samples.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return out


def log_stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)
