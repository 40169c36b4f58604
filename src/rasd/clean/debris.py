"""Remove web-page debris from scraped article text.

Scraped Arabic news text carries widget labels ("camera icon", "tag icon"), the font-size
control "ع ع ع", share buttons, a lone "×", related-article lists ("مقالات متعلقة" and the
titles under it), donation and newsletter appeals, and repeated paragraphs (a lead repeated
at the foot of the page).  :func:`clean_text` drops them, keeps photo captions apart as
document metadata, and reports everything it removed so that nothing is lost silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasd.arabic.normalize import norm_key
from rasd.io.outlets import outlet_name_keys

_CAPTION_PREFIX = re.compile(r"^\s*(?:camera icon|photo icon|image icon|📷)\s*", re.IGNORECASE)
_WIDGET = re.compile(
    r"^\s*(?:(?:tag|camera|share|print|comment|clock|calendar|user|eye)\s+icon\s*)+"
    r"(?:ع\s*){0,3}$|^\s*(?:(?:حجم|تكبير|تصغير)\s+(?:الخط|النص)\s*:?\s*)?(?:ع\s+){2}ع\s*$|^\s*[×✕✖xX]\s*$",
    re.IGNORECASE,
)
_INLINE_WIDGET = re.compile(r"\b(?:tag|camera|share|print|comment|clock|calendar|user|eye)\s+icon\b",
                            re.IGNORECASE)
# Headings that introduce a list of other articles: everything short after them is a list.
_RELATED = {norm_key(s) for s in (
    "مقالات متعلقة", "مقالات ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضاً", "اقرأ ايضا", "مواضيع ذات صلة",
    "أخبار ذات صلة", "اخبار متعلقة", "المزيد من الأخبار", "الأكثر قراءة", "الأكثر مشاهدة", "شاهد أيضاً",
    "قد يعجبك أيضاً", "روابط ذات صلة", "Related articles", "Read more",
)}
# Labels of a page's tag line ("الكلمات المفتاحية: الباب - تفجير - ريف حلب", "الوسوم: إدلب، قصف"): the tags name
# places and topics of the site's index, no text of the article.
_TAGS = re.compile("^(?:" + "|".join(norm_key(w) for w in (
    "الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدلالية", "كلمات دلالية", "الموسوم", "tags",
)) + r")\s*[:：]", re.IGNORECASE)
# Words that make a short line an appeal or a share/subscribe widget.
_APPEAL = re.compile(
    "|".join(norm_key(w) for w in (
        "ادعم", "تبرع", "للمساهمة", "اضغط هنا", "انقر هنا", "اشترك", "النشرة البريدية", "شهريًا",
        "شهريا", "بحاجتك", "الصحافة الحرة", "يصنع الفرق", "تابعونا", "تابعنا على", "شارك المقال",
        "شارك على", "حمل تطبيق", "جميع الحقوق محفوظة",
    ))
)
_SHARE_WORDS = {"شارك", "مشاركة", "المشاركة", "فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "اب", "تلغرام",
                "تيلغرام", "تليغرام", "انستغرام", "يوتيوب", "طباعة", "نسخ", "الرابط", "عبر", "على", "facebook",
                "twitter", "whatsapp", "telegram", "print", "email", "share", "copy", "link", "x", "linkedin",
                "لينكد", "إن", "هذا", "هذه", "المقال", "الخبر", "المقالة", "القصة"}
# A line of hashtags only is a tag line too (see _TAGS).
_HASHTAGS = re.compile(r"^\s*(?:#[\w\u0640]+[\s،,]*)+$")
# A dateline: a publication label, then a date and a time only ("نُشر في 21 أيار 2023", "الخميس 3 آذار 2022",
# "10/08/2022 | آخر تحديث: 10/08/2022"): what is left of the line once these words go (normalised, ``norm_key``)
_DATE_LABELS = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted((norm_key(w) for w in (
        "نشر في", "نشر بتاريخ", "تاريخ النشر", "تم النشر", "آخر تحديث", "اخر تحديث", "تحديث", "بتاريخ", "نشر",
        "الساعة", "الساعه", "في", "من", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
        "الجمعة", "كانون الثاني", "كانون الأول", "تشرين الثاني", "تشرين الأول", "شباط", "آذار", "نيسان", "أيار",
        "حزيران", "تموز", "آب", "أيلول", "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو",
        "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "ص", "م", "مساء", "صباحا", "gmt")), key=len, reverse=True))
    + r")(?!\w)")
_DATE_REST = re.compile(r"^[\d\s/:.\-–—|,،+()]*$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BYLINE_DASH = re.compile(r"\s+[–—\-|]\s*")  # the dash after an outlet's name in a byline ("عنب بلدي – درعا")
# the slash between a place and the agency named after it, an agency's dateline on a line of its own ("أنقرة /
# الأناضول", "إدلب/ الأناضول"): where the reporter sits.  Not a dash: "القامشلي – نورث برس" names the town the
# local outlet reports from, the place of its story, and stays
_BYLINE_AFTER = re.compile(r"\s*/\s*")
_BYLINE_PLACE_WORDS = 3  # the most words of the place (or writer) named before the outlet
_WORDS = re.compile(r"\w+")
# Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible marks an editor wraps
# round a name ("<RLI>name<PDI>"); removed, so that a place list or a name reads as the words it shows.
_BIDI_MARKS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SENT_END = re.compile(r"[.!؟?]\s*$")


@dataclass
class Cleaned:
    text: str
    captions: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (reason, line)


def _is_share_bar(line: str) -> bool:
    if len(line) >= 120:
        return False
    words = _WORDS.findall(line.lower())
    return bool(words) and all(w in _SHARE_WORDS for w in words)


def _is_dateline(key: str) -> bool:
    """A short line that gives only a publication date and time, with its label (``key``: ``norm_key``)."""
    if len(key) > 80 or not _YEAR.search(key):
        return False
    rest = _DATE_LABELS.sub(" ", key.replace("/", " / "))
    return bool(_DATE_REST.match(rest))


def _is_byline(key: str) -> bool:
    """A short line that names the outlet alone or with a place or a writer after a dash ("عنب بلدي – درعا",
    "درعا 24"), or with a date after it (:func:`_is_dateline`), or after a place and a slash ("أنقرة / الأناضول";
    ``key``: ``norm_key``)."""
    if len(key) > 60:
        return False
    names = outlet_name_keys()
    head = _BYLINE_DASH.split(key, maxsplit=1)
    if head[0].strip() in names:
        if len(head) == 1 or len(head[1].split()) <= 3:
            return True
        if _is_dateline(head[1]):
            return True  # the outlet, then the day it posted ("الوطن | الأحد 8 تشرين الأول 2023"): a date line
    tail = _BYLINE_AFTER.split(key)
    return len(tail) == 2 and 0 < len(tail[0].split()) <= _BYLINE_PLACE_WORDS and tail[1].strip() in names


def _inline_related(key: str) -> bool:
    """A related-articles heading with the one title it links on the same line ("اقرأ أيضاً: مقتل شاب برصاص
    مجهولين في ..."; ``key``: ``norm_key``): a link of the page, no sentence of the article."""
    head, sep, rest = key.partition(":")
    if not sep:
        head, sep, rest = key.partition("：")
    return bool(sep) and head.strip() in _RELATED and bool(rest.strip()) and not _SENT_END.search(rest)


def _is_short_list_line(line: str) -> bool:
    return len(line) < 160


def clean_text(raw: str) -> Cleaned:
    """Cleaned body text (one paragraph per line), captions and the dropped debris."""
    out_lines: list[str] = []
    result = Cleaned("")
    seen: set[str] = set()
    in_related = False
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = _BIDI_MARKS.sub("", line).strip()
        if not stripped:
            continue
        key = norm_key(stripped)
        if _CAPTION_PREFIX.match(stripped):
            result.captions.append(_CAPTION_PREFIX.sub("", stripped).strip())
            result.dropped.append(("caption", stripped))
            continue
        if _WIDGET.match(stripped) or _is_share_bar(stripped):
            result.dropped.append(("widget", stripped))
            continue
        if _is_short_list_line(stripped) and (_TAGS.match(key) or _HASHTAGS.match(stripped)) \
                and not _SENT_END.search(stripped):
            result.dropped.append(("tags", stripped))
            continue
        if _is_dateline(key) or _is_byline(key):
            result.dropped.append(("byline", stripped))
            continue
        if key.rstrip(":：") in _RELATED:
            in_related = True
            result.dropped.append(("related-articles heading", stripped))
            continue
        if _is_short_list_line(stripped) and _inline_related(key):
            result.dropped.append(("related-article title", stripped))  # "اقرأ أيضاً: مقتل شاب في ...": one link
            continue
        short = len(stripped) < 120
        if short and _APPEAL.search(key):
            result.dropped.append(("appeal", stripped))
            continue
        if in_related:
            if _is_short_list_line(stripped):
                result.dropped.append(("related-article title", stripped))
                continue
            in_related = False
        if key in seen and len(key) > 20:
            result.dropped.append(("repeated paragraph", stripped))
            continue
        seen.add(key)
        # (every label ends in "icon": no "con" in any case, no label; the pattern is tried at every character)
        cleaned_line = _INLINE_WIDGET.sub("", stripped).strip() if "con" in stripped.lower() else stripped
        if cleaned_line != stripped:
            result.dropped.append(("inline widget label", stripped))
        if cleaned_line:
            out_lines.append(cleaned_line)
    result.text = "\n".join(out_lines)
    return result
