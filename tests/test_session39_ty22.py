"""Session 39 (ty22): event types.  A crowd that gathered round a man and then set
upon him is a mob, not a protest; a fight a mine was "left over from" is no battle; gunfire named by its verb or its
bullets never borrows the article's other weapon; a force's fire "to disperse the protesters" is the protest's
excessive force; protesters who withdraw hold no territory."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 3, 6)  # a Wednesday


def _rows(text: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return record_rows(text, day)


def _types(text: str) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in _rows(text)]


def test_crowd_that_gathered_then_beat_a_man_is_mob_violence() -> None:
    text = ("وفي مدينة جرابلس، تجمّع عدد من الأهالي قرب الكراج مساء الثلاثاء حول رجل اتُّهم بسرقة محل للهواتف، "
            "وانهالوا عليه بالضرب حتى فقد وعيه قبل أن تنقله سيارة إسعاف إلى المشفى.")
    types = _types(text)
    assert ("Riots", "Mob violence") in types
    assert not any(t == "Protests" for t, _ in types)


def test_mine_left_over_from_battles_is_a_remote_explosive() -> None:
    text = "أصيب ثلاثة رعاة، أمس الثلاثاء، بانفجار لغم أرضي من مخلفات المعارك في أرض زراعية قرب بلدة اللطامنة."
    types = _types(text)
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in types
    assert not any(t == "Battles" for t, _ in types)


def test_fire_to_disperse_protesters_is_the_protests_excessive_force() -> None:
    text = ("خرج المئات من أهالي بلدة الرفيد بعد صلاة الجمعة في مظاهرة رفضاً للتوغل، وانتهت المظاهرة بشكل سلمي.\n"
            "وفي بلدة جباتا الخشب، أصيب شاب برصاص جنود الاحتلال يوم الجمعة، بعدما توجه عشرات الشبان نحو السياج.\n"
            "وأكد شهود أن جنود الاحتلال أطلقوا أيضاً قنابل دخانية لتفريق المحتجين، الذين انسحبوا إلى داخل البلدة.")
    rows = [r for r in _rows(text, dt.date(2024, 3, 9)) if r["location"] == "Jubata al-Khashab"]
    assert rows and all(r["event_type"] == "Protests" for r in rows)


def test_protesters_who_withdraw_hold_no_territory() -> None:
    text = ("أطلق عناصر من الشرطة الرصاص الحي، يوم الثلاثاء، باتجاه عشرات المحتجين الذين تجمعوا أمام مبنى البلدية في "
            "مدينة شهبا، ما أدى إلى إصابة محتج بجروح.\n"
            "وانسحب المحتجون من محيط المبنى بعد تدخل وجهاء المدينة.")
    assert ("Strategic developments", "Other") not in _types(text)
