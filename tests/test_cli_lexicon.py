"""`rasd lexicon validate` checks every language data file and reports bad rows."""

from __future__ import annotations

import pytest

from rasd.cli import main


def test_bundled_lexicons_are_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lexicon", "validate"]) == 0
    err = capsys.readouterr().err
    for module in ("rasd.events.lexicon", "rasd.actors.lexicon", "rasd.time.lexicon", "rasd.geo.gazetteer",
                   "rasd.events.stage"):
        assert f"{module}: ok" in err


def test_a_broken_check_makes_validate_fail(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import rasd.actors.lexicon as lex

    monkeypatch.setattr(lex, "validate", lambda: ["actors.tsv:3: unknown inter code 9"])
    assert main(["lexicon", "validate"]) == 1
    assert "actors.tsv:3: unknown inter code 9" in capsys.readouterr().out
