"""Session 18 (TYPE4): event types of acts that are easy to mistype — unexploded ordnance going off is a remote
explosive, not a shelling; an arrest told as the result of a campaign ("أسفرت الحملة عن اعتقال 12 شخصاً") is an
arrest; a blast named only to time a shooting that followed it within minutes does not type that shooting; an angry
crowd's beating or burning is mob violence; handing positions over ("سلّمت القوات مواقعها") is a transfer of
territory, and the deal it carries out ("تنفيذاً للاتفاق") is no new agreement."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2025, 6, 10)


def _types(text: str, on: dt.date = DAY) -> list[tuple[object, object]]:
    return [(r["event_type"], r["sub_event_type"]) for r in record_rows(text, on)]


def _subs(text: str, on: dt.date = DAY) -> list[object]:
    return [r["sub_event_type"] for r in record_rows(text, on)]


# --- unexploded ordnance

def test_unexploded_shell_is_a_remote_explosive() -> None:
    text = "لقيت طفلة حتفها اليوم بانفجار قذيفة غير منفجرة عثرت عليها قرب منزلها في بلدة الحراك بريف درعا."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_unexploded_shells_definite_are_a_remote_explosive() -> None:
    text = "أصيب ثلاثة مزارعين بجروح، صباح اليوم، جراء انفجار إحدى القذائف غير المنفجرة في أرض زراعية بمدينة جاسم."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_guard_plain_shell_stays_a_shelling() -> None:
    """Guard: a shell fired (no "unexploded") keeps its type."""
    text = "قتل مدني اليوم بسقوط قذيفة أطلقتها قوات النظام على بلدة البارة في جبل الزاوية."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


# --- arrests told as the result of a campaign or a raid

def test_arrests_after_verb_of_result_with_subject_between() -> None:
    text = "وأسفرت المداهمات الليلية عن اعتقال 9 أشخاص في بلدة الشحيل يشتبه بانتمائهم لخلايا التنظيم."
    assert ("Strategic developments", "Arrests") in _types(text)


def test_arrests_as_result_of_campaign_told_in_the_next_paragraph() -> None:
    text = ("حملة أمنية في الصنمين\nبدأت قوى الأمن الداخلي، صباح أمس الإثنين، حملة تفتيش في مدينة الصنمين بحثاً عن "
            "مطلوبين.\n\nوأدت الحملة إلى توقيف أحد عشر شخصاً، وضبط بنادق وذخائر في أحد المنازل.")
    rows = record_rows(text, DAY)
    assert [(r["sub_event_type"], r["location"]) for r in rows] == [("Arrests", "As-Sanamayn")]


def test_guard_tally_of_arrests_since_a_date() -> None:
    """Guard: a running total ("منذ …") is still no arrest of the day."""
    text = "وأسفرت حملات الدهم منذ مطلع العام عن اعتقال أكثر من 400 شخص في محافظة درعا، بحسب ناشطين."
    assert "Arrests" not in _subs(text)


# --- a blast that only times the act of the sentence

def test_gunfire_minutes_after_the_blast_is_not_a_bombing() -> None:
    text = ("وقال شهود إن مسلحين أطلقوا النار بعد دقائق من الانفجار على فريق للدفاع المدني وصل إلى أطراف بلدة "
            "ذيبان أمس، ما أدى إلى إصابة متطوعين اثنين.")
    types = _types(text)
    assert len(types) == 1 and types[0][0] != "Explosions/Remote violence"


def test_guard_blast_alone_stays_a_bombing() -> None:
    """Guard: the blast told as the act itself is the event."""
    text = "قتل عنصران من الأمن العام أمس بانفجار عبوة ناسفة استهدفت سيارتهما قرب مدينة الميادين."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


# --- an angry crowd's violence

def test_angry_residents_beating_a_man_is_mob_violence() -> None:
    text = "تعرض رجل للضرب المبرح على يد حشد من الأهالي الغاضبين في مدينة إزرع أمس، بعد اتهامه بسرقة دراجة نارية."
    rows = record_rows(text, DAY)
    assert [(r["event_type"], r["sub_event_type"], r["actor1"]) for r in rows] == [
        ("Riots", "Mob violence", "Rioters (Syria)")]


def test_angry_residents_assault_is_mob_violence() -> None:
    text = "اعتدى أهالي غاضبون بالضرب على سائق سيارة أجرة في مدينة السلمية أمس."
    assert _types(text) == [("Riots", "Mob violence")]


def test_guard_force_beating_protesters_is_no_riot() -> None:
    """Guard: the crowd that is beaten is no rioter."""
    text = "ضرب عناصر الأمن المعتصمين وسحلوهم نحو السيارات في مدينة إدلب أمس."
    assert all(t[0] != "Riots" for t in _types(text))


# --- handing over positions, and the deal carried out

def test_handing_over_positions_is_a_transfer_of_territory() -> None:
    text = ("سلّمت فصائل محلية، أمس الإثنين، نقاطها العسكرية في محيط مدينة بصرى الشام إلى وحدات من وزارة الدفاع "
            "السورية.")
    rows = record_rows(text, DAY)
    assert [(r["sub_event_type"], r["event_date"]) for r in rows] == [
        ("Non-violent transfer of territory", "2025-06-09")]


def test_deal_carried_out_is_no_new_agreement() -> None:
    text = ("تسلّم الجيش السوري، أمس الإثنين، مواقع في محيط بلدة دير حافر، تطبيقاً للاتفاق الموقّع بين الطرفين في "
            "آذار الماضي.")
    assert _subs(text) == ["Non-violent transfer of territory"]


def test_guard_handing_over_a_letter_is_no_transfer() -> None:
    """Guard: what is handed over is no ground."""
    text = "سلّمت لجنة الأهالي، أمس، رسالة إلى محافظ درعا تطالب فيها بالإفراج عن المعتقلين."
    assert "Non-violent transfer of territory" not in _subs(text)
