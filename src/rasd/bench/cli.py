"""`rasd bench`: throughput, memory and per-stage time of extraction."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("bench", help="measure extraction speed and memory",
                       description="Throughput, peak RSS and per-stage time of extraction on a JSONL corpus "
                                   "(default: the shared 8,376-article Al Mayadeen corpus), as text records "
                                   "or (--html) as rendered news pages; one process, then all cores.")
    p.add_argument("--corpus", metavar="PATH",
                   help="a .jsonl or .jsonl.gz corpus (id, title, published, text)")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N articles")
    p.add_argument("--workers", type=int, default=0, metavar="N",
                   help="processes for the parallel pass (default: all cores; 1: one-process pass only)")
    p.add_argument("--no-single", dest="single", action="store_false",
                   help="skip the one-process pass (only the parallel one)")
    p.add_argument("--html", action="store_true",
                   help="HTML input: render each record into a news page first")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--smoke", action="store_true",
                   help="~20 articles, text and HTML, 2 processes: checks the path works (no timing claims)")
    p.add_argument("--profile", type=int, metavar="N", default=0,
                   help="profile one process with cProfile instead; list the N costliest functions")
    p.add_argument("--root",
                   help="the shared folder (default: $RASD_SHARED, else ../shared next to the checkout)")
    p.set_defaults(func=run)


def _smoke(args: argparse.Namespace, corpus: Path | None) -> int:
    from rasd.bench.run import bench, samples_corpus
    from rasd.eval.gold import ROOT

    with tempfile.TemporaryDirectory(prefix="rasd-smoke-") as tmp:
        if corpus is None:
            corpus = samples_corpus(ROOT / "samples", Path(tmp))
            if corpus is None:
                print("rasd bench --smoke: skipped: no corpus (../shared absent, use --corpus or --root) "
                      "and no sample articles in samples/", file=sys.stderr)
                return 0
        limit = args.limit or 20
        results = [bench(corpus, limit, 2, html, single=True) for html in (False, True)]
    problems = []
    for res in results:
        for p in res["passes"]:
            if p["articles"] == 0:
                problems.append(f"{p['input']} input, {p['workers']} process(es): no article extracted")
            elif p["errors"] > p["articles"]:
                problems.append(f"{p['input']} input: {p['errors']} errors for {p['articles']} articles")
        by_workers = {p["workers"]: (p["articles"], p["events"]) for p in res["passes"]}
        if len(set(by_workers.values())) > 1:
            problems.append(f"one process and several disagree: {by_workers}")
    if args.json:
        json.dump({"smoke": results, "problems": problems}, sys.stdout, indent=1)
        sys.stdout.write("\n")
    for res in results:
        for p in res["passes"]:
            print(f"smoke: {p['input']} input, {p['workers']} process(es): {p['articles']} articles, "
                  f"{p['errors']} errors, {p['events']} events", file=sys.stderr)
    for msg in problems:
        print(f"smoke: FAIL {msg}", file=sys.stderr)
    return 1 if problems else 0


def run(args: argparse.Namespace) -> int:
    from rasd.bench.run import bench, find_corpus, format_report, log_stderr
    from rasd.eval.gold import shared_root
    from rasd.runner import default_workers

    corpus = find_corpus(args.corpus, shared_root(args.root))
    if corpus is not None and not corpus.is_file():
        print(f"rasd bench: no corpus at {corpus}", file=sys.stderr)
        return 2
    if args.smoke:
        return _smoke(args, corpus)
    if corpus is None:
        print("rasd bench: no corpus: give --corpus PATH or --root SHARED (or set RASD_SHARED)",
              file=sys.stderr)
        return 2
    if args.profile:
        from rasd.bench.run import profile

        sys.stdout.write(profile(corpus, args.limit or 1000, args.html, args.profile))
        return 0
    workers = args.workers if args.workers > 0 else default_workers()
    result = bench(corpus, args.limit, workers, args.html, single=args.single, log=log_stderr)
    if args.json:
        json.dump(result, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_report(result))
    return 0
