"""Session 15 (historical flag): a background act told after the news with an earlier day of its own.  Where the
lead names no day, the first recent day the article names is its news, but not an earlier day named in a
paragraph that recalls an earlier report ("وكان مسؤول أفاد، فجر الأحد، بأنّ هجوماً استهدف، السبت، …") or in a
sentence that situates the news after an earlier act ("وسبق ذلك، دوّت انفجارات …، السبت"); and an act that a
background sentence dates is background even where a body sentence outside the lead names it only with the time of
writing ("وبالتزامن، تتواصل الهجمات على القواعد")."""

from __future__ import annotations

import datetime as dt

from helpers import record_rows

DAY = dt.date(2024, 8, 11)  # a Sunday

# invented: today's strike told with no day, then Saturday's attacks on two bases as background
STORY = ("سوريا: مقتل 4 مقاتلين في غارة لطائرة مسيرة في ريف دير الزور\n"
         "أفاد مراسلنا بمقتل 4 مقاتلين من القوات الرديفة للجيش السوري في غارة لطائرة مسيرة استهدفت سيارتهم في ريف "
         "دير الزور الشرقي.\n"
         "وقالت مصادر محلية إن الطائرة يرجح أنها أميركية، وإن السيارة كانت متجهة إلى نقطة عسكرية قرب بلدة الدوير.\n"
         "وبالتزامن، تتواصل هجمات المقاومة الإسلامية في العراق على القواعد الأميركية في سوريا والعراق.\n"
         "وكان مسؤول عسكري أميركي أفاد، فجر الأحد، بأن هجوما بطائرة مسيرة استهدف، السبت، قاعدة رميلان في محافظة "
         "الحسكة.\n"
         "وسبق ذلك، دوي انفجارات داخل قاعدة خراب الجير الأميركية في ريف الحسكة الشمالي، السبت، إذ أكدت مصادر أنها "
         "ناتجة من استهداف القاعدة بطائرات مسيرة.\n")


def test_saturday_attacks_told_as_background_are_historical() -> None:
    rows = [r for r in record_rows(STORY, DAY, 17) if r["event_date"] == "2024-08-10"]
    assert rows, "the attacks of Saturday are events"
    assert all(r["historical"] is True for r in rows)
    news = [r for r in record_rows(STORY, DAY, 17) if r["event_date"] == "2024-08-11"]
    assert news and all(r["historical"] is False for r in news), "the strike of the day stays news"
