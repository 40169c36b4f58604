"""The crowd's own agreement on a vote-labelled GSR (rasd.eval.crowd, `rasd eval --gsr DIR --agreement`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.cli import main as cli_main
from rasd.eval import crowd


def test_label_rule_follows_the_gsr() -> None:
    assert crowd.vote_label(3, 0) is True
    assert crowd.vote_label(2, 1) is None  # one reject: ambiguous, left out
    assert crowd.vote_label(1, 2) is False
    assert crowd.vote_label(4, 2) is False  # a majority of accepts is still "no" with two rejects
    assert crowd.vote_label(1, 0) is None  # a single vote decides nothing


def test_one_annotator_against_the_others() -> None:
    # unanimous rows: every vote agrees with the rest
    clean = crowd.leave_one_out([(3, 0)] * 4 + [(0, 3)] * 4)
    assert clean.f1 == 1.0
    # a (1, 2) row: the lone accept (1 in 3) faces a "no" of the rest; the rejects leave (1, 1), left out
    split = crowd.leave_one_out([(3, 0)] * 3 + [(1, 2)] * 3)
    assert split.tp == pytest.approx(3.0) and split.fp == pytest.approx(1.0) and split.fn == 0.0
    assert split.f1 == pytest.approx(6 / 7)
    # a (2, 1) row: the lone reject (1 in 3) misses the rest's unanimous "yes"
    miss = crowd.leave_one_out([(2, 1)])
    assert miss.fn == pytest.approx(1 / 3) and miss.tp == 0.0


def test_bayes_ceiling_is_high_when_sentences_split_cleanly() -> None:
    separated = [(3, 0)] * 40 + [(0, 3)] * 160
    assert crowd.bayes_ceiling(separated).f1 > 0.97
    # half-accepted sentences make some "yes" labels and many "no" ones: no system can sort them out
    mixed = [(3, 0)] * 20 + [(0, 3)] * 100 + [(2, 1), (1, 2), (2, 2), (1, 2), (2, 1), (1, 1)] * 15
    assert crowd.bayes_ceiling(mixed).f1 < 0.8
    q, w = crowd.accept_rate_mixture(separated)
    assert w.sum() == pytest.approx(1.0)
    assert w[q > 0.9].sum() == pytest.approx(0.2, abs=0.02)


def _gsr_dir(tmp_path: Path, accept: str = "3") -> Path:
    lines = ["id,event_type,label,accept,reject,total,text",
             f"r1,ASSAULT,yes,{accept},0,3,نص أول",
             "r2,ASSAULT,difficult no,1,2,3,نص ثان",
             "r3,ASSAULT,easy no,0,3,3,نص ثالث"]
    (tmp_path / "assault_gsr_x.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_cli_agreement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = _gsr_dir(tmp_path)
    assert cli_main(["eval", "--gsr", str(d), "--agreement"]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT: 3 rows, 9 votes" in out
    assert "one annotator against the others' label: P 0.750  R 1.000  F1 0.857" in out
    assert cli_main(["eval", "--gsr", str(d), "--agreement", "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["ASSAULT"]["one_annotator"]["f1"] == pytest.approx(6 / 7)


def test_cli_agreement_rejects_bad_votes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = _gsr_dir(tmp_path, accept="three")
    assert cli_main(["eval", "--gsr", str(d), "--agreement"]) == 2
    assert "whole numbers" in capsys.readouterr().err


def test_cli_agreement_needs_the_gsr_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["eval", "--agreement"]) == 2
    assert "--agreement needs --gsr" in capsys.readouterr().err
