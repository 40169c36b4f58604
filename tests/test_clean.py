"""Web debris is dropped, captions become metadata, and the article body is kept whole."""

from __future__ import annotations

from rasd.clean.debris import clean_text

PAGE = """عنوان: اشتباكات في ريف حماة
camera iconصورة لمقاتلين على جبهة ريف حماة الشمالي - 2 من حزيران 2023 (وكالة محلية)
tag icon ع ع ع
دارت اشتباكات بين الطرفين على محور بلدة كفرنبودة مساء أمس.
وأكد مصدر ميداني مقتل عنصرين في المواجهات.
شارك: فيسبوك | تويتر | واتساب
دارت اشتباكات بين الطرفين على محور بلدة كفرنبودة مساء أمس.
مقالات متعلقة
عنوان مقال قديم عن الزراعة
عنوان مقال آخر عن الكهرباء
×
اشترك في النشرة البريدية
تبرع الآن لدعم عملنا
"""


def test_debris_is_dropped_and_reported() -> None:
    c = clean_text(PAGE)
    for debris in ("tag icon", "ع ع ع", "فيسبوك", "مقالات متعلقة", "مقال قديم", "×", "النشرة البريدية", "تبرع"):
        assert debris not in c.text, debris
    reasons = {r for r, _ in c.dropped}
    assert {"caption", "widget", "related-articles heading", "related-article title", "appeal",
            "repeated paragraph"} <= reasons
    # every dropped line is reported with its text: nothing is lost silently
    assert any("مقال قديم" in line for _, line in c.dropped)


def test_caption_is_metadata_not_body() -> None:
    c = clean_text(PAGE)
    assert c.captions == ["صورة لمقاتلين على جبهة ريف حماة الشمالي - 2 من حزيران 2023 (وكالة محلية)"]
    assert "صورة لمقاتلين" not in c.text


def test_body_paragraphs_are_kept_in_order() -> None:
    c = clean_text(PAGE)
    lines = c.text.split("\n")
    assert lines == ["عنوان: اشتباكات في ريف حماة",
                     "دارت اشتباكات بين الطرفين على محور بلدة كفرنبودة مساء أمس.",
                     "وأكد مصدر ميداني مقتل عنصرين في المواجهات."]


def test_a_long_paragraph_after_a_related_heading_is_body_again() -> None:
    long_para = "وفي سياق متصل، " + "شهدت المنطقة حركة نزوح واسعة للأهالي نحو القرى المجاورة " * 4 + "."
    c = clean_text("خبر أول عن قصف.\nاقرأ أيضاً\nعنوان قصير\n" + long_para)
    assert long_para.strip() in c.text
    assert "عنوان قصير" not in c.text
