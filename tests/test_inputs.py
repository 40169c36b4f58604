"""Every input kind `rasd extract` reads, and a clear one-line error for every bad input."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.document import Document
from rasd.io.readers import InputError, iter_documents

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
ARTICLE = ("قصفت قوات النظام بالمدفعية بلدة كفرنبل جنوبي إدلب صباح اليوم، ما أدى إلى إصابة ثلاثة مدنيين.\n"
           "وقال مراسل محلي إن القذائف سقطت على منازل في الحي الشرقي.")


def _docs(paths: list[str], **kw: object) -> list[Document | InputError]:
    return list(iter_documents(paths, **kw))  # type: ignore[arg-type]


def test_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (doc,) = _docs([str(p)])
    assert isinstance(doc, Document)
    assert "كفرنبل" in doc.text


def test_html_file_gives_body_title_and_visible_date() -> None:
    (doc,) = _docs([str(SAMPLES / "idlib-strike.html")])
    assert isinstance(doc, Document)
    assert doc.title.startswith("غارات روسية")
    assert "كنصفرة" in doc.text
    # navigation, related list, share bar and footer are not body text
    for debris in ("الرئيسية", "ارتفاع أسعار المحروقات", "واتساب", "جميع الحقوق محفوظة"):
        assert debris not in doc.text
    # the caption is metadata, not text
    assert any("جبل الزاوية" in c for c in doc.captions)
    assert "دخان يتصاعد" not in doc.text
    # no machine-readable date: the visible byline date wins over the footer's copyright year
    assert str(doc.published) == "2023-03-12"


def test_html_metadata_date_is_used(tmp_path: Path) -> None:
    html = ("<html><head><meta property='article:published_time' content='2021-07-04T09:00:00+03:00'>"
            "</head><body><article><h1>عنوان</h1><p>" + ARTICLE.replace("\n", "</p><p>") +
            "</p></article><footer>© 2024</footer></body></html>")
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (doc,) = _docs([str(p)])
    assert isinstance(doc, Document)
    assert str(doc.published) == "2021-07-04"


def test_jsonl_and_gzip_corpus(tmp_path: Path) -> None:
    recs = [{"id": f"r{i}", "title": "عنوان الخبر", "published": "2023-05-0" + str(i + 1), "text": ARTICLE}
            for i in range(3)]
    plain = tmp_path / "c.jsonl"
    plain.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    gz = tmp_path / "c.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write(plain.read_text(encoding="utf-8"))
    for path in (plain, gz):
        docs = _docs([str(path)])
        assert [d.id for d in docs if isinstance(d, Document)] == ["r0", "r1", "r2"]
        assert str(docs[2].published) == "2023-05-03"  # type: ignore[union-attr]
        assert docs[0].text.startswith("عنوان الخبر\n")  # type: ignore[union-attr]


def test_folder_reads_every_supported_file() -> None:
    docs = _docs([str(SAMPLES)])
    assert len([d for d in docs if isinstance(d, Document)]) == 5
    assert not [d for d in docs if isinstance(d, InputError)]


def test_published_override(tmp_path: Path) -> None:
    import datetime as dt

    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (doc,) = _docs([str(p)], published=dt.date(2020, 1, 2))
    assert str(doc.published) == "2020-01-02"  # type: ignore[union-attr]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    assert main(["extract", "-", "--published", "2023-02-01"]) == 0
    out = capsys.readouterr().out
    for line in out.splitlines():
        json.loads(line)  # stdout carries records only


def test_output_dash_is_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(p), "--published", "2023-02-01", "-o", "-"]) == 0
    assert not (tmp_path / "-").exists()  # no file named "-" is written
    out = capsys.readouterr().out
    assert out.strip() and all(json.loads(line)["event_type"] for line in out.splitlines())


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("english.txt", b"This is an English sentence about the weather in London.", "no Arabic text"),
        ("broken.html", b"<html><body><div>", "HTML"),
        ("latin1.txt", "caf\xe9 na\xefve".encode("latin-1"), "non-UTF-8"),
    ],
)
def test_bad_files_get_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
                                       content: bytes, message: str) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    (err,) = _docs([str(p)])
    assert isinstance(err, InputError)
    assert message.lower() in err.message.lower()
    assert main(["extract", str(p)]) == 1  # nothing processed → non-zero
    lines = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("rasd: error:")]
    assert len(lines) == 1 and str(p) in lines[0]


def test_one_bad_record_never_loses_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = {"id": "ok1", "published": "2023-01-01", "text": ARTICLE}
    lines = [
        json.dumps(good, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "bad-date", "published": "31/31/2023", "text": ARTICLE}, ensure_ascii=False),
        json.dumps({"id": "no-text", "published": "2023-01-01"}),
        json.dumps({"id": "ok2", "published": "2023-01-02", "text": ARTICLE}, ensure_ascii=False),
    ]
    p = tmp_path / "mixed.jsonl"
    p.write_text("\n".join(lines), encoding="utf-8")
    items = _docs([str(p)])
    assert [d.id for d in items if isinstance(d, Document)] == ["ok1", "ok2"]
    errors = [e for e in items if isinstance(e, InputError)]
    assert len(errors) == 3
    assert "invalid JSON" in errors[0].message and errors[0].source.endswith(":2")
    assert "unreadable date" in errors[1].message
    assert "no 'text'" in errors[2].message
    assert main(["extract", str(p)]) == 0  # something was processed
    err = capsys.readouterr().err
    assert err.count("rasd: error:") == 3


def test_missing_path_and_unreadable_published_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "/no/such/file.txt"]) == 1
    assert "no such file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(SAMPLES / "daraa-clash.txt"), "--published", "yesterday"])
    assert exc.value.code == 2
    assert "unreadable date" in capsys.readouterr().err
