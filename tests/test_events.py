"""Event detection, typing, actors, numbers, attribution and merging (own test sentences)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasd.document import Document
from rasd.events import lexicon, scorer
from rasd.pipeline import extract_text

DAY = dt.date(2023, 6, 4)


def _events(text: str, published: dt.date | None = DAY) -> list:
    return extract_text(text, published=published).events


def test_shipped_event_lexicons_are_valid() -> None:
    assert lexicon.validate() == []
    assert scorer.validate() == []


def test_validate_reports_unknown_types_with_file_and_line(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    trig = tmp_path / "triggers.tsv"
    trig.write_text("surface\tevent_type\tsub_event_type\tplover\tweight\tflags\n"
                    "قصف\tExplosions/Remote violence\tShelling/artillery/missile attack\tASSAULT\t0.9\t\n"
                    "قصف\tBattles\tArmed clash\tASSAULT\t0.9\t\n"
                    "كلمة\tFights\tArmed clash\tASSAULT\t0.9\t\n"
                    "عبارة\tBattles\tAir/drone strike\tASSAULT\t2\tnoflag\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "TRIGGERS_FILE", trig)
    problems = lexicon.validate()
    assert any(p.startswith("triggers.tsv:3:") and "duplicate" in p for p in problems)
    assert any(p.startswith("triggers.tsv:4:") and "unknown event_type" in p for p in problems)
    assert any(p.startswith("triggers.tsv:5:") and "not a sub-type" in p for p in problems)
    assert any(p.startswith("triggers.tsv:5:") and "weight" in p for p in problems)
    assert any(p.startswith("triggers.tsv:5:") and "unknown flag" in p for p in problems)


def test_clash_between_government_and_local_fighters() -> None:
    text = ("اندلعت صباح اليوم اشتباكات عنيفة بين قوات النظام ومقاتلين محليين في البلدة، "
            "وقتل فيها أربعة عناصر من قوات النظام.")
    evs = _events(text)
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert {ev.actor1.inter, ev.actor2.inter} == {1, 4}
    assert ev.quantities.get("killed") == 4
    assert ev.fatalities == 4
    assert ev.plover_type == "ASSAULT"
    assert ev.evidence and text[ev.evidence[0].start:ev.evidence[0].end].startswith("اندلعت")


def test_negated_denied_and_threatened_acts_are_not_events() -> None:
    assert _events("لم تشهد البلدة أي اشتباكات خلال اليومين الماضيين.") == []
    assert _events("نفت وزارة الدفاع أن تكون طائراتها قد شنت غارة على القرية.") == []
    assert _events("هدد قائد الفصيل بشن هجوم واسع على مواقع الجيش إذا لم تنسحب القوات.") == []


def test_protest_and_agreement() -> None:
    evs = _events("تظاهر مئات من أهالي المدينة أمس أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء.")
    assert [e.event_type for e in evs] == ["Protests"]
    assert evs[0].plover_type == "PROTEST"
    evs = _events("توصلت اللجنة المركزية إلى اتفاق مع قوات النظام اليوم يقضي بوقف القتال.")
    assert any(e.sub_event_type == "Agreement" and e.plover_type == "AGREE" for e in evs)


def test_unnumbered_and_vague_tolls_follow_acled() -> None:
    evs = _events("قتل مسلحون مجهولون عددا من المدنيين أمس بإطلاق النار عليهم في سوق القرية.")
    assert len(evs) == 1
    assert evs[0].event_type == "Violence against civilians"
    assert evs[0].civilian_targeting
    assert evs[0].fatalities == 3  # deaths without a number: limited
    assert "killed" not in evs[0].quantities  # never invent a number
    evs = _events("أسفر انفجار سيارة مفخخة أمس وسط السوق عن سقوط عشرات القتلى.")
    assert evs and evs[0].fatalities == 10


def test_vehicles_destroyed_and_damaged() -> None:
    evs = _events("دارت اشتباكات اليوم بين قوات النظام ومقاتلين محليين، "
                  "ودمر المقاتلون أربع آليات بشكل كامل وأعطبوا اثنتين أخريين.")
    assert evs[0].quantities.get("vehicles_destroyed") == 4


def test_event_abroad_without_place_and_date() -> None:
    evs = _events("انفجرت عبوة ناسفة بدورية للشرطة في مدينة بعيدة، ما أدى إلى إصابة ثلاثة عناصر بجروح.",
                  published=None)
    assert len(evs) == 1
    assert evs[0].event_type == "Explosions/Remote violence"
    assert evs[0].place is None and evs[0].date is None
    assert evs[0].quantities.get("injured") == 3


def test_mentions_of_one_event_merge_and_shelling_in_a_clash_joins_it() -> None:
    text = ("شهدت البلدة اليوم اشتباكات بين قوات النظام وتنظيم الدولة. "
            "وخلال الاشتباكات قصفت قوات النظام مواقع التنظيم بقذائف الهاون. "
            "وقتل في الاشتباكات خمسة من عناصر التنظيم.")
    evs = _events(text)
    violent = [e for e in evs if e.event_type in ("Battles", "Explosions/Remote violence")]
    assert len(violent) == 1
    assert violent[0].event_type == "Battles"
    assert len(violent[0].evidence) == 3
    assert violent[0].fatalities == 5


def test_attribution_claim_and_history() -> None:
    evs = _events("قتل شاب برصاص عناصر الشرطة أمس، بحسب مصدر محلي.")
    assert evs and any("مصدر محلي" in a for a in evs[0].attribution)
    evs = _events("وزعمت قوات النظام أن مسلحين هاجموا حاجزا لها أمس وقتلوا جنديين.")
    assert evs and evs[0].claimed_by
    evs = _events("وسبق أن شنت قوات النظام هجوما على البلدة في عام 2019 وقتلت ستة مدنيين.")
    assert evs and evs[0].historical


def test_no_stage_crashes_without_sentences_or_date() -> None:
    doc = extract_text("", published=None)
    assert doc.events == []
    doc = extract_text("كلام عام عن الطقس والرياضة.", published=None)
    assert doc.events == [] and doc.layer("triggers") == []
    assert isinstance(doc, Document)


def test_seed_article(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    doc = extract_text(text, published=dt.date(2022, 3, 15))
    evs = doc.events
    clashes = [e for e in evs if e.event_type == "Battles" and not e.historical]
    agreements = [e for e in evs if e.sub_event_type == "Agreement"]
    assert len(clashes) == 1 and len(agreements) == 1
    clash = clashes[0]
    inters = {clash.actor1.inter, clash.actor2.inter}
    assert 1 in inters and inters & {2, 3, 4}
    assert clash.quantities.get("vehicles_destroyed") == 3
    assert clash.quantities.get("vehicles_damaged") == 3
    assert clash.quantities.get("captured") == 6
    assert 0 <= clash.fatalities <= 10
    assert agreements[0].actor1 is not None and agreements[0].actor1.inter == 1
    # the regime's claim of IS cells is not an event; nothing else violent is invented
    assert len([e for e in evs if e.event_type != "Strategic developments" and not e.historical]) == 1
    assert any("قيادي" in a for e in evs for a in e.attribution)


def test_gsr_scores(shared_dir: Path) -> None:
    from rasd.eval.gsr import evaluate_gsr

    gsr = shared_dir / "eval" / "gsr-dev"
    if not gsr.is_dir():
        pytest.skip("no GSR dev folder")
    res = evaluate_gsr(gsr)
    assert res["ASSAULT"]["f1"] >= 0.7
    assert res["PROTEST"]["f1"] >= 0.6


def test_gsr_scoring_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rasd.eval import gsr

    rows = [
        ("a1", "yes", "انفجرت سيارة مفخخة أمس قرب مقر للشرطة ما أسفر عن مقتل خمسة عناصر."),
        ("a2", "easy no", "ناقش المجلس البلدي خطة لتحسين الطرق في الأحياء الشرقية."),
        ("a3", "ambiguous", "تحدث التقرير عن العنف في المنطقة."),
    ]
    lines = ["id,event_type,label,accept,reject,total,text"]
    lines += [f'{i},ASSAULT,{label},3,0,3,"{text}"' for i, label, text in rows]
    (tmp_path / "assault_gsr_test.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = gsr.evaluate_gsr(tmp_path)["ASSAULT"]
    assert (res["tp"], res["fp"], res["fn"], res["tn"], res["left_out"]) == (1, 0, 0, 1, 1)
    assert res["f1"] == 1.0
    assert gsr.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT: TP 1" in out and "F1 1.000" in out


def test_cues_after_the_act_do_not_mark_it_as_unreal() -> None:
    """A plan, belief or negation word after the act qualifies something else; before it, the act."""
    from rasd.events.frames import family_inputs
    from rasd.events.stage import sentence_contexts
    from rasd.pipeline import DEFAULT_STAGES, Pipeline

    pre = Pipeline([s for s in DEFAULT_STAGES if s[0] != "events"])

    def violent(text: str) -> dict[str, float]:
        ctxs = sentence_contexts(pre(Document(id="t", text=text)))
        fv = family_inputs(ctxs[0])[0]
        assert fv is not None
        return fv

    after = violent("قصفت طائرات حربية يعتقد أنها روسية صباح اليوم أطراف القرية.")
    before = violent("يعتقد سكان القرية أن طائرات حربية قصفت أطرافها.")
    assert not after.get("irrealis") and before.get("irrealis")
    assert not violent("انفجرت عبوة ناسفة أمس ولم يسفر الانفجار عن إصابات.").get("negation")


def test_rule_accepts_lead_sentences_and_anchored_results() -> None:
    lead = {"w_max": 0.7, "specific": 1.0, "verb": 1.0, "anchor": 1.0, "armed_actor": 1.0, "long": 1.0,
            "early": 1.0}
    assert not scorer.rule_accepts(lead)  # long, the act deep inside it
    assert scorer.rule_accepts({**lead, "first": 1.0})  # long, but it opens with the act
    clash = {"w_max": 1.0, "specific": 1.0, "anchor": 1.0, "early": 1.0}
    assert not scorer.rule_accepts(clash)  # no actor, no outcome
    assert scorer.rule_accepts({**clash, "result": 1.0})  # "… أمس، ما أدى إلى …"
    assert not scorer.rule_accepts({**clash, "result": 1.0, "irrealis": 1.0})


def test_events_with_unnamed_sides_and_long_lead_sentences() -> None:
    evs = _events("وقعت اشتباكات عنيفة بين الطرفين مساء أمس في البلدة، ما أدى إلى سقوط عدد من القتلى.")
    assert [e.event_type for e in evs] == ["Battles"]
    text = ("قصفت قوات النظام صباح اليوم الأحد بقذائف المدفعية أطراف بلدة كفرنبل في ريف إدلب الجنوبي، "
            "في قصف يعتقد ناشطون محليون أنه الثالث من نوعه خلال أقل من أسبوع، بحسب ما أفادت صفحات "
            "محلية على مواقع التواصل نقلا عن سكان من المنطقة.")
    evs = _events(text)
    assert any(e.event_type == "Explosions/Remote violence" for e in evs)


def test_logistic_fit_separates_and_regularises() -> None:
    np = pytest.importorskip("numpy")
    from rasd.events.train import fit

    x = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]] * 5)
    y = np.array([1.0, 1.0, 0.0, 0.0] * 5)
    w, b = fit(x, y, l2=1.0)
    assert w[0] > 1.0 and abs(w[1]) < 0.5
    z = x @ w + b
    assert ((z > 0) == (y == 1)).all()
    w_strong, _ = fit(x, y, l2=50.0)
    assert 0 < w_strong[0] < w[0]  # a larger penalty shrinks the weights
