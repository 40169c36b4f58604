"""Session 43 (dp31): one act, one record.  A haul seized from the men of an arrest raid, told in the raid's own
sentence, is that raid's record; a place its sentence calls a quarter of the town of a record told in the same
sentence is that town's record; shells "fired out of" a village are the shelling told just before; the time of an
explaining pluperfect ("، إذ كان المحل قد أُخلي منذ أيام") does not date the strike; villages aircraft flew over are
no place of the shelling beside them; blasts heard at a base after last night's attack on it are that attack."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows


def _kinds(text: str, day: dt.date) -> list[str]:
    return [str(r["sub_event_type"]) for r in record_rows(text, day)]


def test_haul_of_an_arrest_raid_is_the_raids_record() -> None:
    text = ("أعلنت قيادة الشرطة في محافظة حلب صباح اليوم الأربعاء القبض على ثلاثة شبان يشتبه بضلوعهم في تفجير استهدف "
            "حاجزاً، خلال مداهمة في قرية الغندورة، لافتة إلى أنها ضبطت بحوزتهم صواعق وعبوات معدة للتفجير.\n\n"
            "وقال خبير أمني إن كثيراً من العبوات فُككت في الشهور الأخيرة بفضل بلاغات الأهالي.")
    kinds = _kinds(text, dt.date(2026, 3, 4))
    assert kinds.count("Arrests") == 1
    assert "Disrupted weapons use" not in kinds


def test_quarter_of_a_town_is_the_towns_record() -> None:
    text = ("أفاد ناشطون في منبج بأن امرأتين أصيبتا بجروح مساء الأحد إثر سقوط قذيفتين على حي السرب وسط المدينة، "
            "وسط اتهامات متبادلة بين الفصائل وقسد حول الجهة التي أطلقتهما.")
    rows = [r for r in record_rows(text, dt.date(2024, 12, 16)) if r["event_type"] == "Explosions/Remote violence"]
    assert len(rows) == 1


def test_shells_fired_out_of_a_village_are_the_shelling_told_before() -> None:
    text = ("قُتل طفل وأصيبت والدته بجروح جراء قصف مدفعي نفذته قوات النظام ظهر اليوم على منازل المدنيين في مدينة "
            "دارة عزة غربي حلب.\n\n"
            "وبحسب مصادر محلية، فإن القذائف أُطلقت من مواقع القوات في الفوج 46 ومحيط قرية كفر حلب، وسقط بعضها قرب مسجد، "
            "ما أدى كذلك إلى إصابة خمسة أشخاص بجروح طفيفة.")
    rows = [r for r in record_rows(text, dt.date(2023, 10, 9)) if r["event_type"] == "Explosions/Remote violence"]
    assert [r["location"] for r in rows] == ["Daret Azza"]


def test_time_of_an_explaining_pluperfect_does_not_date_the_strike() -> None:
    text = ("غارات على البقاع\n\n"
            "أغار الطيران الحربي الإسرائيلي فجر اليوم على منزل في بلدة شمسطار، ما أدى إلى سقوط شهيدين.\n\n"
            "أما في مدينة بعلبك، فقد استهدفت غارة بعد الظهر مستودعاً قرب الملعب البلدي، واقتصرت الأضرار على "
            "الماديات، إذ كان المستودع قد أُفرغ منذ أيام.")
    rows = [r for r in record_rows(text, dt.date(2024, 10, 21)) if r["location"] == "Baalbek"]
    assert [r["event_date"] for r in rows] == ["2024-10-21"]


def test_villages_flown_over_are_no_place_of_the_shelling() -> None:
    text = ("وتعرضت أطراف بلدتي عيتا الشعب ورامية لقصف مدفعي إسرائيلي متقطع بعد الظهر، فيما حلّقت مسيّرات "
            "الاستطلاع في أجواء قرى قضاءَي صور وبنت جبيل حتى المساء.")
    places = {str(r["location"]) for r in record_rows(text, dt.date(2024, 2, 8))}
    assert "Bint Jbeil" not in places and "Tyre" not in places
    assert "Aita al-Shaab" in places


def test_blasts_heard_at_the_base_after_last_nights_attack_are_that_attack() -> None:
    text = ("أعلنت فصائل المقاومة العراقية في بيان أن مقاتليها استهدفوا، مساء الثلاثاء، قاعدة القوات الأميركية في "
            "حقل كونيكو شرقي دير الزور بطائرة مسيّرة.\n\n"
            "وفي بيان آخر، أعلنت الفصائل استهداف قاعدة التنف بطائرتين مسيّرتين فجر اليوم.\n\n"
            "وقال سكان في ريف دير الزور إن أصوات انفجارات سُمعت من داخل القاعدة في حقل كونيكو بعد الهجوم.")
    rows = [r for r in record_rows(text, dt.date(2024, 1, 24)) if r["location"] == "Conoco gas field"]
    assert len(rows) == 1

