"""Session 23 (FRESHIRQ: unseen reports on Yemen's forces at sea, Iraq and Sudan).

- a force's spokesman introduced by title, rank and name ("المتحدث باسم القوات المسلحة اليمنية، العميد X Y") and
  then named by his family name after a verb of saying ("وأكد Y تنفيذ عملية …", "وأوضح Y أن …") speaks for the
  force: the act he announces is the force's (actor1), as when his title names it;
- an actor named right after a phrase of support ("دعماً للمقاومة الفلسطينية", "إسناداً للشعب الفلسطيني ومقاومته",
  "لإسناد المقاومة") is the ally the act is done for, no side of it: neither the act's sentence nor a neighbour
  sentence lends it as actor1 or actor2;
- an operation that targeted a ship, a tanker or a warship ("نفذت عملية عسكرية استهدفت سفينة …", "عملية ضد
  المدمرة") is a remote attack (Explosions/Remote violence), never a fight at close range.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2024, 3, 14)
HOUTHI = "Military Forces of Yemen (2017-) Houthi"


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    doc = Document(id="t", text=text, published=day, published_hour=15)
    return list(records(Pipeline()(doc)))


SPOKESMAN = ("القوات اليمنية تعلن عملية جديدة\n"
             "أعلن المتحدث باسم القوات المسلحة اليمنية، العميد سالم منصور، اليوم الخميس، استهداف سفينة تجارية في "
             "البحر الأحمر بعدد من الصواريخ.\n"
             "{second}\n")


def test_the_spokesman_named_by_family_name_speaks_for_his_force() -> None:
    for second in ("وأكد منصور تنفيذ عملية عسكرية أخرى استهدفت ناقلة نفط في بحر العرب بعدد من الصواريخ الباليستية.",
                   "وأوضح منصور أنّ عملية أخرى استهدفت ناقلة نفط في بحر العرب بصاروخ باليستي.",
                   "وأضاف منصور أنّ القوات البحرية استهدفت ناقلة نفط في بحر العرب بصاروخ باليستي."):
        rows = [r for r in _rows(SPOKESMAN.format(second=second)) if r["location"] == "Arabian Sea (off Yemen)"]
        assert len(rows) == 1, second
        assert rows[0]["actor1"] == HOUTHI, (second, rows[0]["actor1"])


def test_a_family_name_not_after_a_verb_of_saying_names_no_force() -> None:
    # pure guard: the name as an ordinary word elsewhere ("بشكل سريع") is no mention of the force
    text = ("أعلن المتحدث باسم القوات المسلحة اليمنية، العميد سالم سريع، استهداف سفينة في البحر الأحمر.\n"
            "وانتشر الخبر بشكل سريع على مواقع التواصل.\n")
    rows = _rows(text)
    assert all("سريع" not in [m for m in r["actor1_mentions"] if m == "سريع"] for r in rows)  # type: ignore[union-attr]


def test_an_operation_against_a_ship_is_a_remote_attack() -> None:
    for text in ("نفذت القوات المسلحة اليمنية عملية عسكرية نوعية استهدفت سفينة تجارية في خليج عدن.\n",
                 "القوات المسلحة اليمنية تنفذ عملية عسكرية ضد بارجة أميركية في البحر الأحمر.\n",
                 "وكانت القوات المسلحة اليمنية قد نفذت أمس عملية عسكرية استهدفت ناقلة نفط في بحر العرب.\n"):
        rows = _rows("عملية جديدة في البحر\n" + text)
        assert rows, text
        assert all(r["event_type"] == "Explosions/Remote violence" for r in rows), \
            (text, [(r["event_type"], r["location"]) for r in rows])


def test_an_operation_on_land_keeps_its_type() -> None:
    # pure guard: an operation against a position on land is not retyped by this rule
    rows = _rows("اشتباكات في الخرطوم\nنفذت قوات الجيش السوداني عملية عسكرية ضد مواقع قوات الدعم السريع في "
                 "حي الكلاكلة جنوبي الخرطوم، واشتبكت معها لساعات.\n")
    assert any(r["event_type"] == "Battles" for r in rows)


def test_the_side_an_act_supports_is_no_side_of_it() -> None:
    for tail in ("دعماً للمقاومة الفلسطينية في غزة.", "إسناداً للمقاومة الفلسطينية ومجاهديها.",
                 "ودعماً لحركة حماس في القطاع."):
        text = ("القوات البحرية تستهدف سفينة\nوكانت القوات البحرية قد نفذت قبل يومين عملية استهدفت سفينة شحن في "
                "خليج عدن بصواريخ بحرية، " + tail + "\n")
        rows = [r for r in _rows(text) if r["location"] == "Gulf of Aden (off Yemen)"]
        assert rows, tail
        for r in rows:
            assert "Palestin" not in str(r["actor1"]) + str(r["actor2"]) and "Hamas" not in str(r["actor1"]), \
                (tail, r["actor1"], r["actor2"])
