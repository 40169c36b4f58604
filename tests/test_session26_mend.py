"""Session 26 (MEND: records the first wave of session 26 made worse).

- mutual recognition ("الاعتراف المتبادل") is a matter of a deal between warring states;
- a deal matter the list holds definite ("وقف إطلاق النار") also counts told indefinite ("وقف إطلاق نار"): an
  envoy's word that the parties committed to a ceasefire stays an agreement though no side was resolved;
- troops leaving a base or position ("انسحبت القوات ... من قاعدة") stay a strategic development though no side
  was resolved; a state leaving a treaty or a company a market still makes no record.

All sentences are invented."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

from rasd.arabic.normalize import norm_key
from rasd.document import Document
from rasd.events.stage import _deal_matter, _troops_left_base
from rasd.output.records import records
from rasd.pipeline import Pipeline

DAY = dt.date(2023, 10, 4)


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(str(r["sub_event_type"]), str(r["actor1"]), str(r["actor2"])) for r in record_rows(text, DAY, 15)]


def test_an_indefinite_ceasefire_is_a_deal_matter() -> None:
    assert _deal_matter().search(norm_key("واتفقوا على تنفيذ وقف إطلاق نار شامل"))
    assert _deal_matter().search(norm_key("وأعلن وقف نار مؤقت في المدينة"))
    assert not _deal_matter().search(norm_key("واتفقوا على إطلاق مشروع تجاري"))


def test_mutual_recognition_between_warring_states_is_a_deal_matter() -> None:
    assert _deal_matter().search(norm_key("وأعلن الرئيس أن البلدين اتفقا على الاعتراف المتبادل بحدودهما"))


def test_parties_committing_to_a_ceasefire_stay_an_agreement() -> None:
    rows = _rows("قال المبعوث الأممي، اليوم الأربعاء، إن الأطراف توصلت إلى تفاهم يشمل تنفيذ وقف إطلاق نار في "
                 "محافظة تعز.")
    assert any(sub == "Agreement" for sub, _, _ in rows), rows


def test_troops_leaving_a_base_are_told_apart() -> None:
    assert _troops_left_base("وانسحبت القوات الكينية من قاعدة قرب مدينة كسمايو أمس.")
    assert _troops_left_base("وقد انسحبت قوة تابعة للبعثة الأممية من موقعها في البلدة.")
    assert not _troops_left_base("وانسحبت الحكومة من المعاهدة الدولية العام الماضي.")
    assert not _troops_left_base("وانسحبت الشركة من السوق المحلية بعد خسائر كبيرة.")


def test_troops_leaving_a_base_stay_a_record() -> None:
    rows = _rows("وانسحبت القوات الكينية التابعة للاتحاد الأفريقي، اليوم الأربعاء، من قاعدة تحرس الطريق بين "
                 "بيدوا ومقديشو، بعد أن تمركزت فيها منذ العام 2019.")
    assert any(sub == "Other" for sub, _, _ in rows), rows


def test_a_state_leaving_a_treaty_still_makes_no_record() -> None:
    rows = _rows("وكانت الدولة قد انسحبت من المعاهدة الدولية لحظر الأسلحة، اليوم الأربعاء، وفق الكاتب.")
    assert not any(sub == "Other" for sub, _, _ in rows), rows


def _places(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, published=DAY, published_hour=15)
    return [(str(r["sub_event_type"]), str(r["location"])) for r in records(Pipeline()(doc))]


def test_a_later_sentence_of_the_act_places_it_in_the_bare_capital() -> None:
    """The headline names only the country; a later sentence of the same protest says "وسط العاصمة" and names a
    foreign policy the crowd rejects besides the country itself: the protest is in that country's capital."""
    rows = _places("الآلاف يتظاهرون في تونس رفضاً للتدخل الأجنبي\n"
                   "تظاهر آلاف التونسيين، اليوم الأربعاء، رفضاً للتدخل الأجنبي في شؤون البلاد.\n"
                   "ورفع المتظاهرون وسط العاصمة لافتات ضد السياسة الأميركية ودعماً لسيادة تونس.")
    assert ("Peaceful protest", "Tunis") in rows, rows


def test_another_countrys_force_keeps_the_capital_from_the_country_named() -> None:
    """The sentence names the country chosen, but its force is another country's: its "العاصمة" is not taken for
    the country named."""
    rows = _places("وفرّقت الشرطة الأوغندية مسيرة للمعارضة في العاصمة، اليوم الأربعاء، في وقت تشهد فيه كينيا "
                   "احتجاجات متواصلة.")
    assert all(loc != "Nairobi" for _, loc in rows), rows
