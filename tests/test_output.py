"""Records follow the output contract: every column, ACLED's order for CSV, stable ids."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

from rasd.cli import main
from rasd.document import ActorRef, Document, Event, PlaceRef, Span, TimeValue
from rasd.output.records import ACLED_COLUMNS, ALL_COLUMNS, interaction, records
from rasd.output.writers import Writer


def _doc() -> Document:
    text = "اشتبكت قوات النظام مع مسلحين محليين في جاسم."
    doc = Document(id="d1", text=text, published=dt.date(2022, 3, 15), url="https://www.enabbaladi.net/x")
    doc.events.append(Event(
        event_type="Battles", sub_event_type="Armed clash",
        date=TimeValue(dt.date(2022, 3, 15), 1, "day"),
        place=PlaceRef("geonames:165997", "Jasim", "جاسم", "city", 32.99125, 36.06093, admin1="Dar'a",
                       admin2="Izra'", admin3="Jasim", pcode="SY120301"),
        actor1=ActorRef("Military Forces of Syria (2000-)", 1),
        actor2=ActorRef("Dar'a Communal Militia (Syria)", 4),
        actor1_mentions=["قوات النظام"], actor2_mentions=["مسلحين محليين"], location_mentions=["جاسم"],
        evidence=[Span(0, len(text), "sentence")], plover_type="ASSAULT", plover_mode="firearms",
    ))
    return doc


def test_record_has_every_column_in_contract_order() -> None:
    (rec,) = records(_doc(), timestamp=1)
    assert list(rec) == ALL_COLUMNS
    assert rec["interaction"] == 14
    assert rec["disorder_type"] == "Political violence"
    assert rec["iso"] == 760 and rec["country"] == "Syria" and rec["region"] == "Middle East"
    assert rec["source"] == "Enab Baladi" and rec["source_scale"] == "National"
    assert rec["evidence"][0]["text"] == _doc().text
    assert rec["plover"] == {"event_type": "ASSAULT", "mode": "firearms"}
    assert rec["event_id_cnty"].startswith("SYR-")


def test_same_input_same_id() -> None:
    assert records(_doc())[0]["event_id_cnty"] == records(_doc())[0]["event_id_cnty"]


def test_interaction_codes() -> None:
    assert interaction(3, 1) == 13
    assert interaction(2, 0) == 20
    assert interaction(0, 0) == 0


def test_csv_writer_uses_acled_columns_in_order() -> None:
    buf = io.StringIO()
    w = Writer(buf, "csv")
    for r in records(_doc(), timestamp=1):
        w.write(r)
    w.close()
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert rows[0] == ACLED_COLUMNS
    assert rows[1][ACLED_COLUMNS.index("location")] == "Jasim"


def test_json_writer_writes_an_array() -> None:
    buf = io.StringIO()
    w = Writer(buf, "json")
    for r in records(_doc()) * 2:
        w.write(r)
    w.close()
    assert len(json.loads(buf.getvalue())) == 2
    empty = io.StringIO()
    Writer(empty, "json").close()
    assert json.loads(empty.getvalue()) == []


def test_extract_writes_file_and_sqlite(tmp_path: Path) -> None:
    samples = Path(__file__).resolve().parents[1] / "samples"
    out = tmp_path / "ev.csv"
    db = tmp_path / "rasd.sqlite"
    assert main(["extract", str(samples), "--format", "csv", "-o", str(out), "--db", str(db)]) == 0
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == ACLED_COLUMNS
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 5
    n_rows = len(out.read_text(encoding="utf-8").splitlines()) - 1
    assert con.execute("SELECT COUNT(*) FROM events").fetchone()[0] == n_rows
    # running again replaces, never duplicates
    assert main(["extract", str(samples), "--db", str(db), "-o", str(tmp_path / "x.jsonl")]) == 0
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 5


def test_source_from_the_outlet_an_article_names_as_itself() -> None:
    from rasd.io.outlets import outlet_in_text

    told = "وقال مصدر محلي لعنب بلدي إن الاشتباكات توقفت، بينما نشرت شبكة درعا 24 صوراً للدمار."
    assert outlet_in_text(told).name_en == "Enab Baladi"  # type: ignore[union-attr]
    assert outlet_in_text("أفاد مصدر للميادين بأن القصف استمر.").name_en == "Al Mayadeen"  # type: ignore[union-attr]
    # an outlet that is only cited is attribution, not the publisher
    assert outlet_in_text("ونشرت شبكة درعا 24 صوراً للدمار في البلدة.") is None
    doc = _doc()
    doc.url = ""
    doc.text = told
    assert records(doc)[0]["source"] == "Enab Baladi"
