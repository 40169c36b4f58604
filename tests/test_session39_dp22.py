"""Session 39 (dp22, one act told twice): a health ministry's "killed by the occupation's bullets" at the place and on
the day of a clash with as many dead is that clash's toll; a reporter whose outlet's name is quoted sits at his base,
not at the act; a claim that names the act by its definite noun as the subject of its verb ("أن الغارة استهدفت")
in a sentence of no place of its own is the strike told before; the places where an act's echo was heard are no
places of it; a settlers' burning and stone-throwing told after the attack's word in the body, under a headline
that told the attack, are that attack; a record that no place holds is the details of the act of its type told
before; a headline's list run on past its act's places ("… والصليف وصنعاء تتوعد") makes no act at the last one."""

from __future__ import annotations

import datetime as dt

from helpers import article_doc, record_rows

from rasd.output.records import records


def _rows(text: str, day: dt.date) -> list[tuple[str, str, str]]:
    return sorted((str(r["event_date"]), str(r["sub_event_type"]), str(r["location"]))
                  for r in record_rows(text, day))


def test_ministry_toll_by_bullets_is_the_clash_toll() -> None:
    text = ("شهيد برصاص الاحتلال خلال اقتحام مدينة قلقيلية\n\n"
            "استشهد شاب فلسطيني، فجر اليوم الخميس، خلال اشتباكات مسلحة اندلعت بين مقاومين وقوات الاحتلال التي "
            "اقتحمت مدينة قلقيلية شمالي الضفة الغربية.\n\n"
            "وأعلنت وزارة الصحة الفلسطينية استشهاد الشاب برصاص الاحتلال في قلقيلية، مشيرة إلى أنه أصيب في البطن.\n")
    rows = record_rows(text, dt.date(2024, 5, 16))
    assert [(r["event_type"], r["location"]) for r in rows] == [("Battles", "Qalqilya")]
    assert rows[0]["fatalities"] == 1
    # (more dead than the clash counts: others, killed apart)
    text = ("استشهد شاب، فجر اليوم الخميس، خلال اشتباكات مسلحة اندلعت بين مقاومين وقوات الاحتلال التي اقتحمت مدينة "
            "قلقيلية.\n\n"
            "وأعلنت وزارة الصحة الفلسطينية استشهاد ثلاثة مواطنين برصاص الاحتلال في قلقيلية.\n")
    assert len(record_rows(text, dt.date(2024, 5, 16))) == 2


def test_quoted_outlet_reporter_and_definite_claim_tell_one_strike() -> None:
    text = ("مسيّرة إسرائيلية تستهدف سيارة في دير ميماس\n\n"
            "أفاد مندوب \"الوكالة الوطنية للإعلام\" في مرجعيون أن مسيّرة إسرائيلية استهدفت عصر اليوم بصاروخ "
            "سيارة عند المدخل الجنوبي لبلدة دير ميماس، ما أدى إلى احتراقها.\n\n"
            "وأعلنت وزارة الصحة أن غارة العدو على سيارة في بلدة دير ميماس قضاء مرجعيون أدت إلى سقوط شهيد.\n\n"
            "في المقابل، زعم جيش الاحتلال أن الغارة استهدفت عنصراً في حزب الله كان ينقل أسلحة في المنطقة.\n")
    rows = _rows(text, dt.date(2025, 6, 3))
    assert rows == [("2025-06-03", "Air/drone strike", "Deir Mimas")]


def test_places_where_the_echo_was_heard_are_no_places_of_the_act() -> None:
    text = ("أقدم الجيش الإسرائيلي فجر اليوم على تفجير عدد من المنازل في بلدة عيترون، وتردد صدى الانفجارات في "
            "أرجاء المنطقة وصولاً إلى بنت جبيل وميس الجبل.\n")
    rows = _rows(text, dt.date(2025, 2, 11))
    assert [r[2] for r in rows] == ["Aitaroun"]


def test_settlers_burning_told_after_the_headline_is_their_attack() -> None:
    text = ("إصابة مواطنين في هجوم للمستعمرين على قرية ترمسعيا\n\n"
            "أصيب مواطنان، مساء اليوم، جراء هجوم نفذه مستعمرون على قرية ترمسعيا شمال رام الله، أحرقوا خلاله "
            "مركبتين.\n\n"
            "وأفاد شهود بأن المستعمرين هاجموا أطراف القرية وأضرموا النار في منزل، ورشقوا منازل المواطنين بالحجارة.\n")
    rows = record_rows(text, dt.date(2024, 8, 10))
    assert [(r["event_type"], r["sub_event_type"]) for r in rows] == [("Violence against civilians", "Attack")]


def test_placeless_details_join_the_act_told_before() -> None:
    # (a bulletin's section: the reporter's base is no place of the act, and his sentence names no other)
    text = ("شبكة أخبار الجنوب\nنشرة الثلاثاء 4 تشرين الثاني 2025\n\n"
            "درعا | اشتباك في الصنمين خلال مداهمة لعصابة\n\n"
            "اندلعت اشتباكات فجر اليوم بين قوى الأمن الداخلي ومسلحين من عصابة لتهريب المخدرات في الحي الشرقي "
            "من مدينة الصنمين شمالي درعا، خلال مداهمة لأحد المنازل.\n\n"
            "وأفاد مراسل الشبكة في الصنمين بأن الاشتباك دام نحو ساعتين، واستُخدمت فيه قذائف \"آر بي جي\"، وأسفر عن "
            "مقتل أحد أفراد العصابة وإصابة عنصر أمن بجروح، نُقل على إثرها إلى مشفى الصنمين الوطني.\n")
    rows = records(article_doc(text, dt.date(2025, 11, 4)))
    assert [(r["event_type"], r["location"]) for r in rows] == [("Battles", "As-Sanamayn")]
    assert rows[0]["fatalities"] == 1


def test_headline_list_run_on_past_the_struck_places() -> None:
    text = ("غارات أمريكية على الحديدة وصنعاء تتوعد بالرد\n\n"
            "شنّت مقاتلات أمريكية، فجر اليوم، سلسلة غارات على مدينة الحديدة غربي اليمن، استهدفت محيط المطار.\n\n"
            "وقالت وزارة الصحة في حكومة صنعاء إن الغارات أدت إلى مقتل مدنيين اثنين.\n")
    rows = records(article_doc(text, dt.date(2025, 4, 2)))
    assert [r["location"] for r in rows] == ["Hodeidah"]


def test_headline_list_of_targets_keeps_each_target() -> None:
    """Review of dp22's headline rule: a headline listing the act's targets ("ثكنتي X وY وموقع Z") is no list run on
    past them, though the body tells only the first: each stays a record (only a place that opens a clause of its own,
    "وصنعاء تتوعد", is folded)."""
    text = ("المقاومة الإسلامية تستهدف تجمعات للجنود في ثكنتي برانيت ودوفيف وموقع الراهب\n\n"
            "أعلنت المقاومة الإسلامية في لبنان، اليوم الثلاثاء، أن مجاهديها استهدفوا ثكنة برانيت بصاروخين موجهين، "
            "وحققوا فيها إصابات مباشرة.\n")
    rows = records(article_doc(text, dt.date(2023, 12, 26)))
    assert sorted(r["location"] for r in rows) == ["Al-Raheb position", "Biranit barracks", "Dovev"]
