"""Session 17 (ac3): actors in Syrian outlets' style — unnamed groups called the auxiliaries of a state force ("ومجموعات
مسلحة رديفة لها") fight on its side, and state media's nominative "الإرهابيون" qualified by where they hold out."""

from __future__ import annotations

import datetime as dt

from helpers import violent_events

DAY = dt.date(2025, 5, 2)
OLD_DAY = dt.date(2021, 6, 10)


def _sides(text: str, on: dt.date = DAY) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.actor1.key if e.actor1 else "", e.actor2.key if e.actor2 else "",
             list(e.actor1_mentions), list(e.actor2_mentions)) for e in violent_events(on, text)]


def test_auxiliary_groups_are_not_the_other_side() -> None:
    rows = _sides("اندلعت مساء أمس مواجهات في بلدة الصنمين بين مسلحين محليين وعناصر من الأمن العام "
                  "ومجموعات مسلحة موالية له.")
    assert rows
    keys = {rows[0][0], rows[0][1]}
    assert keys == {"communal", "syr_gen_sec"}


def test_auxiliary_groups_feminine_suffix() -> None:
    rows = _sides("وقعت اشتباكات ليل الثلاثاء في حي الكرامة بين مسلحين محليين من أبناء الحي وقوات تابعة للأمن العام "
                  "ومجموعات مسلحة رديفة لها.")
    assert rows
    assert "rebels" not in (rows[0][0], rows[0][1])
    assert "syr_gen_sec" in (rows[0][0], rows[0][1])


def test_groups_without_auxiliary_word_unchanged() -> None:
    # guard: a generic group named beside a force with no word of support stays as it was
    rows = _sides("دارت اشتباكات عنيفة أمس في ريف حماة بين مقاتلين محليين والجيش السوري وفصائل مسلحة.")
    assert rows and {rows[0][0], rows[0][1]} == {"syr_gov", "communal"}


def test_state_media_terrorists_holding_out() -> None:
    rows = _sides("اعتدى الإرهابيون المتمركزون في ريف إدلب الجنوبي أمس بالقذائف الصاروخية على بلدة جورين، "
                  "ما تسبب بإصابة طفل.", OLD_DAY)
    assert rows and rows[0][0] == "rebels"


def test_state_media_terrorists_entrenched() -> None:
    rows = _sides("وفي ريف حماة الشمالي، استهدف الإرهابيون المتحصنون في قرية الزيارة بقذائف الهاون حي المشاع في مدينة "
                  "محردة، ما أدى إلى إصابة ثلاثة مدنيين.", OLD_DAY)
    assert rows and all(r[0] == "rebels" for r in rows)


def test_factions_repeat_the_local_factions_named() -> None:
    rows = _sides("اندلعت مواجهات أمس بين مقاتلين من العشائر وفصائل محلية مسلحة في محيط بلدة المزرعة غربي السويداء، "
                  "أسفرت عن مقتل ثلاثة من مقاتلي الفصائل.", dt.date(2025, 8, 22))
    assert rows and {rows[0][0], rows[0][1]} == {"tribal", "communal"}


def test_factions_repeated_after_an_accusation() -> None:
    rows = _sides("قُتل عنصران من الأمن العام في هجوم شنته فصائل محلية على حاجز قرب بلدة ثعلة، "
                  "واتهمت وزارة الداخلية الفصائل بخرق الاتفاق.")
    assert rows and rows[0][0] == "communal" and "الفصائل" in rows[0][2]


def test_factions_without_local_group_fall_back() -> None:
    # guard: with no group named "فصائل …" the word keeps its fallback, the armed opposition
    rows = _sides("قصفت الفصائل بلدة جورين بالقذائف الصاروخية أمس، ما أدى إلى إصابة طفل.", OLD_DAY)
    assert rows and rows[0][0] == "rebels"


def test_kidnap_gang_is_the_other_side() -> None:
    rows = _sides('تمكنت مجموعة من حركة "رجال الكرامة" فجر اليوم من تحرير شابين مخطوفين في مدينة شهبا، بعد اشتباك مع '
                  'أفراد العصابة الخاطفة قُتل خلاله أحد الخاطفين.', dt.date(2025, 6, 10))
    assert rows and rows[0][0] == "rijal_karama" and rows[0][1] == "unidentified"


def test_two_families_fight_each_other() -> None:
    rows = _sides("تجددت الاشتباكات بين عائلتين في بلدة الصنمين أمس على خلفية نزاع على أرض زراعية.")
    assert rows and rows[0][:2] == ("communal", "communal")


def test_gunmen_of_two_clans() -> None:
    rows = _sides("اندلعت اشتباكات أمس بين مسلحين من عشيرتين في بلدة ذيبان بريف دير الزور، ما أدى إلى مقتل شخصين.")
    assert rows and rows[0][:2] == ("tribal", "tribal")


def test_sons_of_two_tribes() -> None:
    rows = _sides("اندلعت اشتباكات أمس بين أبناء قبيلتين في ريف الحسكة، ما أدى إلى مقتل شخصين.")
    assert rows and rows[0][:2] == ("tribal", "tribal")


def test_force_against_clansmen_unchanged() -> None:
    # guard: a force named outside the dual phrase keeps its place as a side
    rows = _sides("اندلعت اشتباكات بين قوات الأمن العام ومسلحين من عشيرتين في ريف درعا.")
    assert rows and "syr_gen_sec" in (rows[0][0], rows[0][1])
