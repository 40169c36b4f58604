"""The ``rasd`` command line."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TextIO

from rasd import __version__
from rasd.document import Document
from rasd.io.readers import InputError, expand, iter_documents, parse_date

_FORMATS = ("jsonl", "csv", "json")


def _date_arg(value: str) -> object:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class Progress:
    """A one-line progress bar on stderr (only when asked for or stderr is a terminal)."""

    def __init__(self, total: int | None, enabled: bool, stream: TextIO = sys.stderr) -> None:
        self.total = total
        self.enabled = enabled
        self.stream = stream
        self.done = 0
        self.events = 0
        self.errors = 0
        self.t0 = time.perf_counter()
        self._last = 0.0

    def update(self, events: int = 0, error: bool = False) -> None:
        self.done += 1
        self.events += events
        self.errors += int(error)
        now = time.perf_counter()
        if self.enabled and (now - self._last > 0.2):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self.t0, 1e-9)
        if self.total:
            frac = min(1.0, self.done / self.total)
            bar = "#" * int(frac * 30)
            head = f"[{bar:<30}] {self.done}/{self.total}"
        else:
            head = f"{self.done} docs"
        self.stream.write(f"\r{head}  {self.events} events  {self.errors} errors  {rate:.0f} docs/s ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()


def _debug_report(doc: Document, stream: TextIO) -> None:
    w = stream.write
    w(f"--- {doc.id} ({doc.source_path}) published={doc.published} events={len(doc.events)}\n")
    for reason, line in doc.dropped:
        w(f"  dropped [{reason}]: {line[:100]}\n")
    for cap in doc.captions:
        w(f"  caption: {cap[:100]}\n")
    for msg in doc.debug:
        w(f"  note: {msg}\n")
    for ev in doc.events:
        when = ev.date.iso() if ev.date else "?"
        where = ev.place.name_en if ev.place else "?"
        w(f"  event: {ev.event_type} / {ev.sub_event_type} on {when} at {where}"
          f"{' (historical)' if ev.historical else ''}\n")
    if doc.timings:
        w("  timings ms: " + ", ".join(f"{k}={v * 1000:.2f}" for k, v in doc.timings.items()) + "\n")


def cmd_extract(args: argparse.Namespace) -> int:
    from rasd.output.records import records
    from rasd.output.writers import Writer
    from rasd.runner import default_workers, run_documents

    paths = expand(args.inputs)
    single_files = all(not p.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson")) and p != "-" for p in paths)
    total = len(paths) if single_files else None
    show = args.progress if args.progress is not None else (sys.stderr.isatty() and (total is None or total > 5))
    progress = Progress(total, show)
    to_file = bool(args.output) and args.output != "-"  # "-" is standard output, as it is standard input for inputs
    out: TextIO = open(args.output, "w", encoding="utf-8", newline="") if to_file else sys.stdout
    writer = Writer(out, args.format)
    store = None
    if args.db:
        from rasd.store.sqlite import SQLiteStore

        store = SQLiteStore(args.db)
    workers = args.workers if args.workers else 1
    if workers < 0:
        workers = default_workers()
    ok = 0
    failed = 0
    try:
        for item in run_documents(iter_documents(args.inputs, args.published, defer_html=True), workers=workers):
            if isinstance(item, InputError):
                failed += 1
                progress.update(error=True)
                print(f"rasd: error: {item}", file=sys.stderr)
                continue
            ok += 1
            recs = records(item)
            for r in recs:
                writer.write(r)
            if store is not None:
                store.save(item, recs)
            if args.debug:
                _debug_report(item, sys.stderr)
            progress.update(events=len(recs))
    finally:
        progress.close()
        writer.close()
        if out is not sys.stdout:
            out.close()
        if store is not None:
            store.close()
    if to_file or store is not None or show or failed:
        where = f" to {args.output}" if to_file else ""
        db = f", stored in {args.db}" if args.db else ""
        print(f"rasd: {ok} documents, {writer.count} events{where}{db}, {failed} errors", file=sys.stderr)
    return 0 if ok else 1


def cmd_lexicon(args: argparse.Namespace) -> int:
    problems: list[str] = []
    checks: list[tuple[str, Callable[[], list[str]]]] = []
    for mod, fn in (("rasd.events.lexicon", "validate"), ("rasd.events.stage", "validate_responsibility"),
                    ("rasd.actors.lexicon", "validate"), ("rasd.time.lexicon", "validate"),
                    ("rasd.geo.gazetteer", "validate"), ("rasd.arabic.matcher", "validate_glued_words")):
        try:
            module = __import__(mod, fromlist=[fn])
        except ImportError:
            continue
        if hasattr(module, fn):
            checks.append((mod, getattr(module, fn)))
    for name, check in checks:
        found = check()
        problems.extend(found)
        print(f"{name}: {'ok' if not found else f'{len(found)} problems'}", file=sys.stderr)
    for p in problems:
        print(p)
    return 1 if problems else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasd", description="Arabic conflict news → geolocated, dated ACLED-style event records")
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("extract", help="extract event records from articles",
                       description="Read articles (.txt, .html, .jsonl corpora, folders, or - for stdin) "
                                   "and write one record per event.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, .jsonl(.gz) corpus, or - (stdin)")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                   help="publication date (overrides what the input says)")
    p.add_argument("--format", choices=_FORMATS, default="jsonl",
                   help="jsonl: all columns, one event a line (default); csv: ACLED's columns; json: an array")
    p.add_argument("-o", "--output", metavar="FILE", help="write records here instead of stdout ('-': stdout)")
    p.add_argument("--db", metavar="PATH", help="also store documents and events in this SQLite file")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="worker processes (default 1; -1 = all cores)")
    p.add_argument("--debug", action="store_true", help="show dropped debris, dates, notes and timings on stderr")
    prog = p.add_mutually_exclusive_group()
    prog.add_argument("--progress", dest="progress", action="store_true", default=None,
                      help="always show the progress bar on stderr")
    prog.add_argument("--no-progress", dest="progress", action="store_false", help="never show it")
    p.set_defaults(func=cmd_extract)

    lp = sub.add_parser("lexicon", help="check the language data files (triggers, actors, months, places)")
    lp.add_argument("action", choices=["validate"])
    lp.set_defaults(func=cmd_lexicon)

    from rasd.bench.cli import register as register_bench
    from rasd.eval.cli import register as register_eval
    from rasd.geo.cli import register as register_gazetteer

    register_eval(sub)
    register_bench(sub)
    register_gazetteer(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("rasd: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
