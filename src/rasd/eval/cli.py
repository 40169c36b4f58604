"""`rasd eval`: score extraction against gold articles (and the GSR sentences)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("eval", help="score extraction against gold annotations",
                       description="Score extraction against gold articles (spec/gold-format.md) or, "
                                   "with --gsr, sentence-level detection on the GSR CSVs.")
    p.add_argument("gold_dir", nargs="*", help="folder(s) of gold JSON files, or gold files")
    p.add_argument("--root", help="the shared folder that gold paths are relative to "
                                  "(default: $RASD_SHARED, else ../shared next to the checkout)")
    p.add_argument("--json", action="store_true", help="print the full result as JSON")
    p.add_argument("--gsr", metavar="DIR", help="score sentence detection on the GSR CSVs in DIR")
    p.add_argument("--agreement", action="store_true",
                   help="with --gsr: the crowd's own agreement from the vote counts (one annotator against the "
                        "others, and the best F1 any system can expect) instead of scoring rasd")
    p.add_argument("--validate", action="store_true",
                   help="only check the gold files: they load, name ACLED types and their articles can be read")
    p.add_argument("--classes", action="store_true",
                   help="print only counts of error classes (misses, false positives, wrong fields of matched "
                        "pairs), never article text or names: for a held-out set nobody may read")
    p.add_argument("--against", metavar="DIR",
                   help="score another annotator's gold files for the same articles (DIR) instead of "
                        "rasd's extraction: inter-annotator agreement")
    p.add_argument("--time", nargs="?", const="benchmarks/annotations/time_expressions.tsv", metavar="TSV",
                   help="score the time recogniser on annotated time expressions "
                        "(default benchmarks/annotations/time_expressions.tsv)")
    p.add_argument("--places", nargs="?", const="benchmarks/annotations/place_mentions.tsv", metavar="TSV",
                   help="score place recognition and resolution on annotated place mentions "
                        "(default benchmarks/annotations/place_mentions.tsv)")
    p.add_argument("--corpus", metavar="JSONL",
                   help="corpus the --time/--places annotations point into "
                        "(default: corpus/almayadeen-syria.jsonl in the shared folder)")
    p.set_defaults(func=run)


_PAIR_KEYS = ("sub_event", "actor", "fatalities", "date", "location", "historical")


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{100 * x:5.1f}"


def print_report(result: dict[str, Any], out: TextIO | None = None) -> None:
    """The per-article table (tp/fp/fn and why each miss missed) and the totals."""
    w = (out or sys.stdout).write
    w(f"{'article':<24} {'tp':>3} {'fp':>3} {'fn':>3} {'opt':>3}  misses / false positives\n")
    for a in result["articles"]:
        if a["error"]:
            w(f"{a['name']:<24} ERROR {a['error']}\n")
            continue
        w(f"{a['name']:<24} {a['tp']:>3} {a['fp']:>3} {a['fn']:>3} {a['ignored']:>3}\n")
        for pair in a["pairs"]:
            bad = [k for k in _PAIR_KEYS if not pair[k]]
            tag = "TP" if pair["required"] else "op"
            w(f"{'':<24}   {tag} {pair['gold']} = #{pair['pred']} {pair['predicted']}"
              f"{'  off: ' + ', '.join(bad) if bad else ''}\n")
        for m in a["misses"]:
            w(f"{'':<24}   FN {m['gold']}: {m['reason']}\n")
        for fp in a["false_positives"]:
            w(f"{'':<24}   FP #{fp['pred']} {fp['predicted']} ({fp['reason']})\n")
    t = result["totals"]
    w("\n")
    w(f"articles {t['articles']} (errors {t['errors']}); required gold events {t['required_gold']}, "
      f"predicted {t['predicted']}; tp {t['tp']} fp {t['fp']} fn {t['fn']}, "
      f"on optional gold {t['ignored']}\n")
    for key, label in (("fn_kinds", "missed gold events"), ("fp_kinds", "false positives")):
        if t[key]:
            w(f"{label} by nearest failed condition: "
              + ", ".join(f"{k} {v}" for k, v in t[key].items()) + "\n")
    w(f"event    precision {_pct(t['precision'])}  recall {_pct(t['recall'])}  F1 {_pct(t['f1'])}\n")
    w(f"matched pairs {t['matched_pairs']} (historical gold {t['historical_pairs']}); accuracy (%):\n")
    for k in _PAIR_KEYS:
        w(f"  {k:<11} {_pct(t[f'{k}_accuracy'])}\n")


def _run_gsr(args: argparse.Namespace) -> int:
    try:
        from rasd.eval import gsr
    except ImportError as e:
        print(f"rasd eval --gsr: the GSR scorer (rasd.eval.gsr) is not available: {e}", file=sys.stderr)
        return 2
    if not Path(args.gsr).is_dir():
        print(f"rasd eval --gsr: no such folder: {args.gsr}", file=sys.stderr)
        return 2
    if args.agreement:
        return _run_agreement(args)
    if not args.json and hasattr(gsr, "main"):
        return int(gsr.main([args.gsr]) or 0)  # the scorer's own report (confusion, worst errors)
    result = gsr.evaluate_gsr(args.gsr)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")
    return 0


def _run_agreement(args: argparse.Namespace) -> int:
    from rasd.eval import crowd

    try:
        votes = crowd.read_votes(args.gsr)
    except (ValueError, KeyError) as e:
        print(f"rasd eval --gsr --agreement: {e}", file=sys.stderr)
        return 2
    if not votes:
        print(f"rasd eval --gsr: no *_gsr_*.csv files in {args.gsr}", file=sys.stderr)
        return 2
    if not args.json:
        print("\n".join(crowd.report(args.gsr)))
        return 0
    out = {}
    for etype, v in votes.items():
        one, top = crowd.leave_one_out(v), crowd.bayes_ceiling(v)
        out[etype] = {name: {"precision": a.precision, "recall": a.recall, "f1": a.f1}
                      for name, a in (("one_annotator", one), ("bayes_ceiling", top))}
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


def _run_annotations(args: argparse.Namespace) -> int:
    from rasd.eval.gold import shared_root

    corpus = Path(args.corpus) if args.corpus else shared_root(args.root) / "corpus" / "almayadeen-syria.jsonl"
    for tsv in filter(None, (args.time, args.places)):
        if not Path(tsv).is_file():
            print(f"rasd eval: no such annotation file: {tsv}", file=sys.stderr)
            return 2
    if not corpus.is_file():
        print(f"rasd eval: the annotations point into {corpus}, which is missing (use --corpus or --root)",
              file=sys.stderr)
        return 2
    if args.time:
        from rasd.time.evaluate import evaluate_annotations as eval_time
        from rasd.time.evaluate import format_report

        res = eval_time(args.time, corpus)
        if args.json:
            json.dump(res, sys.stdout, ensure_ascii=False, indent=1, default=str)
            sys.stdout.write("\n")
        else:
            print(format_report(res))
    if args.places:
        from rasd.geo.evaluate import main as places_main

        places_main(["--annotations", args.places, "--corpus", str(corpus)])
    return 0


def run(args: argparse.Namespace) -> int:
    from rasd.eval.gold import GoldError, evaluate, gold_files, validate_gold

    if args.gsr:
        return _run_gsr(args)
    if args.agreement:
        print("rasd eval: --agreement needs --gsr DIR (the crowd votes are in the GSR CSVs)", file=sys.stderr)
        return 2
    if args.time or args.places:
        return _run_annotations(args)
    if not args.gold_dir:
        print("rasd eval: give a folder of gold files (or --gsr DIR)", file=sys.stderr)
        return 2
    try:
        if args.validate:
            n = len(gold_files(args.gold_dir))
            if not n:
                print(f"rasd eval: no gold files (*.json) in {', '.join(args.gold_dir)}", file=sys.stderr)
                return 2
            problems = validate_gold(args.gold_dir, root=args.root)
            for p in problems:
                print(p, file=sys.stderr)
            if problems:
                print(f"{len(problems)} of {n} gold files have problems", file=sys.stderr)
                return 1
            print(f"{n} gold files valid: they load and their articles can be read")
            return 0
        if args.classes:
            from rasd.eval.classes import error_classes, format_classes

            classes = error_classes(args.gold_dir, root=args.root)
            if args.json:
                json.dump(classes, sys.stdout, ensure_ascii=False, indent=1)
                sys.stdout.write("\n")
            else:
                sys.stdout.write(format_classes(classes))
            return 0
        result = evaluate(args.gold_dir, root=args.root, against=[args.against] if args.against else None)
    except GoldError as e:
        print(f"rasd eval: {e}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print_report(result)
    return 1 if result["totals"]["errors"] else 0
