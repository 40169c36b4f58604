"""Session 39 (hl24, headlines that tell two acts): in "X تعتقل … في A بعد اشتباكات … في B" the place right after the
first act's word, before every word of the later act, is the first act's own: the clash told after it is placed at
B alone, not split into a second clash at the arrest's town A."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc

from rasd.output.records import records


def _rows(text: str, day: dt.date) -> list[tuple[str, str]]:
    return sorted((str(r["sub_event_type"]), str(r["location"])) for r in records(article_doc(text, day)))


def test_place_after_first_act_is_not_the_later_clash() -> None:
    text = ("قوات الأمن تعتقل ثمانية شبان في الميادين بعد اشتباكات مع مسلحين في البوكمال\n\n"
            "داهمت قوات الأمن صباح اليوم الأربعاء منازل في مدينة الميادين واعتقلت ثمانية شبان بتهمة التعاون مع "
            "المسلحين.\n")
    rows = _rows(text, dt.date(2024, 8, 7))
    clashes = [loc for sub, loc in rows if sub == "Armed clash"]
    arrests = [loc for sub, loc in rows if sub == "Arrests"]
    assert clashes == ["Abu Kamal"], rows
    assert arrests == ["Al Mayadin"], rows
