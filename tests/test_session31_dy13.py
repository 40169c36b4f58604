"""Session 31 (dy13, acts told by reference and a day apart): an act named right after "غداة" or "عشية" is the
earlier (or later) act that dates the sentence's own, no act of the sentence's day; a sequel whose subject names the
news act ("ويأتي التفجير بعد يوم من هجوم …") counts its offset from the day the lead gives that act, not from the day
of a statement told in between."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2022, 5, 11)  # a Wednesday


def _days(rows: list[dict], sub: str) -> list[str]:
    return sorted(r["event_date"] for r in rows if r["sub_event_type"] == sub)


def test_the_blast_named_after_ghadat_is_not_told_again_on_the_raid_day() -> None:
    text = ("قُتل عنصران من قوات النظام، أمس، بانفجار عبوة ناسفة على طريق بلدة الحراك. "
            "وغداة التفجير، داهمت دورية أمنية منازل في الحراك واعتقلت أربعة شبان، صباح اليوم.")
    rows = record_rows(text, DAY)
    assert _days(rows, "Remote explosive/landmine/IED") == ["2022-05-10"]
    assert _days(rows, "Arrests") == ["2022-05-11"]


def test_an_attack_named_after_ghadat_in_another_act_clause_is_no_new_act() -> None:
    text = ("هاجم مسلحون مجهولون، أمس، حاجزاً لقوات النظام في مدينة نوى ودارت اشتباكات مع عناصره. "
            "وأصيب عنصران من قوات النظام، اليوم، بانفجار عبوة ناسفة في مدينة طفس، غداة هجوم نوى.")
    rows = record_rows(text, DAY)
    clashes = [r for r in rows if r["event_type"] == "Battles"]
    assert [r["event_date"] for r in clashes] == ["2022-05-10"]


def test_a_named_sequel_counts_back_from_the_lead_day_not_a_statement_day() -> None:
    text = ("قُتل عنصران من قوات النظام، أمس، بانفجار عبوة ناسفة على طريق بلدة الحراك.\n\n"
            "وأوضحت مصادر محلية أن العبوة كانت مزروعة على جانب الطريق وانفجرت بسيارة عسكرية.\n\n"
            "وأشارت المصادر إلى أن عنصراً ثالثاً أصيب بجروح ونُقل إلى مشفى درعا.\n\n"
            "وأصدرت قيادة المنطقة الجنوبية بياناً، اليوم، نعت فيه العنصرين.\n\n"
            "ويأتي التفجير بعد يومين من هجوم شنه مسلحون على حاجز لقوات النظام في مدينة نوى.")
    rows = record_rows(text, DAY)
    nawa = [r for r in rows if r["location"] == "Nawa"]
    assert nawa and nawa[0]["event_date"] == "2022-05-08"


def test_an_act_done_again_on_the_next_day_is_two_acts() -> None:
    text = ("قصفت قوات النظام بالمدفعية بلدة سرمين يوم الإثنين، ثم عادت وقصفت البلدة يوم الثلاثاء، "
            "ما أدى إلى إصابة مدني بجروح.")
    rows = record_rows(text, DAY)
    assert _days(rows, "Shelling/artillery/missile attack") == ["2022-05-09", "2022-05-10"]
