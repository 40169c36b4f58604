"""Project-labelled news sentences as extra training rows for the sentence scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.document import Document
from rasd.events.stage import sentence_contexts
from rasd.events.train import LABEL_COLUMNS, labelled_rows, main, read_labels, sentence_hash
from rasd.pipeline import DEFAULT_STAGES, Pipeline

# our own words: a shelling report, then a sentence with no event
ARTICLE = ("قصفت قوات النظام بلدة كفرنبل بالمدفعية الثقيلة صباح أمس، ما أدى إلى مقتل مدنيين اثنين. "
           "ويعيش سكان البلدة ظروفاً صعبة منذ سنوات.")


def _labels_file(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "sentences.tsv"
    lines = ["\t".join(LABEL_COLUMNS)] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _corpus(tmp_path: Path) -> tuple[Path, tuple[int, int, str]]:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "doc-1", "text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    pre = Pipeline([s for s in DEFAULT_STAGES if s[0] != "events"])
    doc = pre(Document(id="doc-1", text=ARTICLE))
    ctx = sentence_contexts(doc)[0]
    s = ctx.sentence
    return path, (s.start, s.end, doc.text[s.start:s.end])


def test_read_labels_parses_rows_and_names_the_bad_line(tmp_path: Path) -> None:
    good = _labels_file(tmp_path, [["violent", "doc-1", "0", "10", "abcdef012345", "Y", "L1"]])
    (row,) = read_labels(good)
    assert (row.family, row.doc_id, row.start, row.end, row.label) == ("violent", "doc-1", 0, 10, "Y")
    bad = _labels_file(tmp_path, [["violent", "doc-1", "0", "10", "abcdef012345", "maybe", "L1"]])
    with pytest.raises(ValueError, match=r"sentences.tsv:2"):
        read_labels(bad)
    bad.write_text("doc\tlabel\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        read_labels(bad)


def test_labelled_rows_find_the_sentence_again_and_skip_a_changed_one(tmp_path: Path) -> None:
    corpus, (start, end, text) = _corpus(tmp_path)
    labels = read_labels(_labels_file(tmp_path, [
        ["violent", "doc-1", str(start), str(end), sentence_hash(text), "Y", "L1"],
        ["violent", "doc-1", str(start), str(end), "000000000000", "N", "L1"],  # text no longer matches
        ["violent", "doc-2", "0", "5", "000000000000", "N", "L1"],  # article not in the corpus
        ["violent", "doc-1", str(start), str(end), sentence_hash(text), "B", "L1"],
    ]))
    rows, skipped = labelled_rows(labels, [corpus], "violent", borderline=None, vectors=None)
    assert [y for _, y in rows] == [1]
    assert skipped == 2  # the B row is left out, not skipped
    assert rows[0][0][0]["w_max"] > 0  # the sentence's features, from the article in context
    rows, skipped = labelled_rows(labels, [corpus], "violent", borderline=0, vectors=None)
    assert sorted(y for _, y in rows) == [0, 1] and skipped == 2


def test_train_refuses_labels_without_their_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labels = _labels_file(tmp_path, [])
    with pytest.raises(SystemExit) as exc:
        main([str(tmp_path), "--labels", str(labels)])
    assert exc.value.code == 2
    assert "--corpus" in capsys.readouterr().err


def test_a_found_sentence_without_a_trigger_is_not_counted_as_skipped(tmp_path: Path) -> None:
    """A label whose sentence is still there but holds no trigger of the family carries no features;
    it is not a lost label (nothing to re-anchor), so it is not counted as skipped."""
    corpus, (start, end, text) = _corpus(tmp_path)
    pre = Pipeline([s for s in DEFAULT_STAGES if s[0] != "events"])
    doc = pre(Document(id="doc-1", text=ARTICLE))
    quiet = [s for s in doc.layer("sentences") if s.start >= end]
    assert quiet and not any(c.sentence.start == quiet[0].start for c in sentence_contexts(doc))
    q = quiet[0]
    labels = read_labels(_labels_file(tmp_path, [
        ["violent", "doc-1", str(start), str(end), sentence_hash(text), "Y", "L1"],
        ["violent", "doc-1", str(q.start), str(q.end), sentence_hash(doc.text[q.start:q.end]), "N", "L1"],
        ["violent", "doc-1", str(q.start), str(q.end), "000000000000", "N", "L1"],  # text no longer matches
    ]))
    rows, skipped = labelled_rows(labels, [corpus], "violent", borderline=None, vectors=None)
    assert [y for _, y in rows] == [1]
    assert skipped == 1
