"""`rasd bench`: the HTML page template, the passes and the smoke run (no timing claims)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rasd.bench.page import arabic_date, render_page
from rasd.bench.run import bench, format_report, render_pages, run_pass

BODY = [
    "أعلنت مصادر محلية أن قصفاً مدفعياً استهدف أطراف بلدة زراعية صغيرة في ريف إدلب الجنوبي صباح الثلاثاء.",
    "وأضافت المصادر أن القذائف سقطت قرب مدرسة ابتدائية دون أن تسفر عن إصابات بين الطلاب أو المعلمين.",
    "وأشار سكان إلى أن المنطقة تشهد منذ أسابيع تصعيداً متقطعاً يدفع عائلات كثيرة إلى النزوح نحو المخيمات.",
    "ولم يصدر أي تعليق رسمي حول القصف حتى ساعة إعداد هذا الخبر، فيما تواصل فرق الدفاع المدني مسح المكان.",
    "ويعتمد أهالي البلدة على الزراعة مصدراً وحيداً للرزق، وقد تضررت حقول الزيتون المحيطة بالبيوت.",
]


def record(i: int = 0) -> dict[str, str]:
    return {"id": f"t-{i}", "title": f"قصف مدفعي على بلدة في ريف إدلب رقم {i}",
            "published": "2023-03-14T09:30:00+02:00", "category": "سياسة", "text": "\n".join(BODY)}


def test_arabic_date() -> None:
    assert arabic_date(dt.date(2023, 3, 14)) == "الثلاثاء 14 آذار 2023"


def test_page_has_the_debris_of_a_real_site() -> None:
    page = render_page(record(), related=[("x-1", "عنوان خبر آخر عن الطقس")])
    for part in ("<nav", "breadcrumb", "<figcaption>", "أخبار ذات صلة", "النشرة البريدية", "<footer>",
                 "© 2023", "share-btn", "article:published_time", "عنوان خبر آخر عن الطقس"):
        assert part in page, part
    assert page.count("<p>") >= len(BODY)


def test_html_reader_recovers_the_body_from_the_page() -> None:
    from rasd.io.readers import html_document

    page = render_page(record(), related=[("x-1", "عنوان خبر آخر عن الطقس")])
    doc = html_document(page, "t.html", None)
    assert not isinstance(doc, Exception) and hasattr(doc, "text"), doc
    for para in BODY:
        assert para in doc.text
    assert doc.text.index(BODY[0]) < doc.text.index(BODY[-1])
    for debris in ("النشرة البريدية", "جميع الحقوق محفوظة", "سياسة الخصوصية", "ملفات تعريف الارتباط"):
        assert debris not in doc.text, debris
    assert doc.published == dt.date(2023, 3, 14)


def _corpus(tmp_path: Path, n: int = 6) -> Path:
    p = tmp_path / "c.jsonl"
    lines = [json.dumps(record(i), ensure_ascii=False) + "\n" for i in range(n)]
    p.write_text("".join(lines), encoding="utf-8")
    return p


def test_text_pass_counts_and_stages(tmp_path: Path) -> None:
    r = run_pass([str(_corpus(tmp_path))], workers=1, input_kind="text", limit=4)
    assert (r.articles, r.errors) == (4, 0)
    assert {"read", "cleanup", "text", "output"} <= set(r.stage_s)
    assert r.rate > 0 and r.peak_rss_mb > 0


def test_one_process_and_two_agree_on_html(tmp_path: Path) -> None:
    res = bench(_corpus(tmp_path), limit=5, workers=2, html=True)
    one, two = res["passes"]
    assert (one["workers"], two["workers"]) == (1, 2)
    assert one["articles"] == two["articles"] == 5 and one["events"] == two["events"]
    assert two["peak_rss_children_mb"] > 0
    report = format_report(res)
    assert "per stage, html input, 2 process(es)" in report


def test_render_pages_writes_one_file_per_record(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    out.mkdir()
    paths = render_pages([record(i) for i in range(3)], out)
    assert len(paths) == 3 and all(Path(p).is_file() for p in paths)
    assert record(0)["title"] in Path(paths[1]).read_text(encoding="utf-8")  # the related list


def test_cli_smoke_on_a_small_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rasd.cli import main

    assert main(["bench", "--smoke", "--corpus", str(_corpus(tmp_path)), "--limit", "3"]) == 0
    err = capsys.readouterr().err
    assert "smoke: text input, 2 process(es): 3 articles, 0 errors" in err
    assert "smoke: html input, 1 process(es): 3 articles, 0 errors" in err
    assert main(["bench", "--corpus", str(tmp_path / "none.jsonl")]) == 2


def test_smoke_on_the_shared_corpus(shared_dir: Path) -> None:
    from rasd.cli import main

    assert main(["bench", "--smoke", "--root", str(shared_dir), "--limit", "10"]) == 0
