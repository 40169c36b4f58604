"""Render a corpus record into a realistic Arabic news page, for the HTML benchmark.

The page has what real news sites wrap around an article: a navigation menu, a breadcrumb,
the headline and an Arabic date line, a photo with a caption, share buttons, a related-articles
list, a newsletter box, a cookie notice, scripts and a footer with the copyright year.  Only
the record's own fields (title, date, body, related titles) come from the corpus; every other
word on the page is the template's.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Sequence
from typing import Any

MONTHS_AR = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

_NAV = ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "ثقافة", "رياضة", "صحة", "تكنولوجيا", "فيديو", "برامج"]
_SHARE = ["فيسبوك", "إكس", "واتساب", "تلغرام", "نسخ الرابط"]

_CSS = """body{font-family:Tahoma,Arial,sans-serif;direction:rtl;margin:0;background:#fafafa}
header nav ul{list-style:none;display:flex;gap:1em}.breadcrumb{font-size:.8em;color:#777}
article{max-width:760px;margin:auto;background:#fff;padding:1em}figure{margin:0}
.share a{margin-inline-end:.5em}.newsletter{border:1px solid #ddd;padding:1em}
footer{background:#222;color:#ccc;padding:2em;font-size:.8em}"""


def arabic_date(d: dt.date) -> str:
    """``الأربعاء 25 كانون الثاني 2023``."""
    return f"{WEEKDAYS_AR[d.weekday()]} {d.day} {MONTHS_AR[d.month - 1]} {d.year}"


def _published(rec: dict[str, Any]) -> tuple[dt.date, str]:
    raw = str(rec.get("published") or "")
    try:
        return dt.date.fromisoformat(raw[:10]), raw
    except ValueError:
        return dt.date(2024, 1, 1), "2024-01-01T12:00:00+03:00"


def render_page(rec: dict[str, Any], related: Sequence[tuple[str, str]] = (), site: str = "شبكة الخبر اليوم",
                domain: str = "news.example.org") -> str:
    """The HTML page for one record (``id``, ``title``, ``published``, ``text``, optional ``category``).

    ``related`` holds ``(id, title)`` pairs of other articles for the related list.
    """
    e = html.escape
    day, raw_date = _published(rec)
    rid = str(rec.get("id", "article"))
    title = str(rec.get("title") or "")
    section = str(rec.get("category") or "أخبار")
    paras = [p.strip() for p in str(rec.get("text") or "").split("\n") if p.strip()]
    url = f"https://{domain}/news/{e(rid)}"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": raw_date, "publisher": {"@type": "Organization", "name": site}},
                    ensure_ascii=False)
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f"<p>{e(p)}</p>")
        if i == 1 and len(paras) > 4:
            more = e(related[0][1]) if related else "تغطية متواصلة"
            body.append('<aside class="inline-read"><span>اقرأ أيضاً:</span> '
                        f'<a href="https://{domain}/news/more">{more}</a></aside>')
    rel = "\n".join(f'<li><a href="https://{domain}/news/{e(i)}">{e(t)}</a><time>منذ ساعات</time></li>'
                    for i, t in related)
    nav = "".join(f'<li><a href="https://{domain}/{i}">{e(n)}</a></li>' for i, n in enumerate(_NAV))
    share = "".join(f'<a href="#share-{i}" class="share-btn">{e(s)}</a>' for i, s in enumerate(_SHARE))
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(title)} | {e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{e(title)}">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{e(raw_date)}">
<meta property="article:section" content="{e(section)}">
<link rel="canonical" href="{url}">
<style>{_CSS}</style>
<script type="application/ld+json">{ld}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div class="top-bar"><span>{e(arabic_date(day))}</span> <a href="https://{domain}/live">البث المباشر</a>
<a href="https://{domain}/login">تسجيل الدخول</a></div>
<header class="site-header">
<a class="logo" href="https://{domain}/"><img src="/static/logo.svg" alt="{e(site)}"></a>
<nav class="main-menu"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="ابحث في الموقع"><button>بحث</button></form>
</header>
<div class="ticker"><strong>عاجل</strong> <span>تابعوا آخر المستجدات على مدار الساعة عبر تطبيقنا</span></div>
<main>
<article>
<nav class="breadcrumb"><a href="https://{domain}/">الرئيسية</a> › <a href="https://{domain}/news">أخبار</a> ›
<a href="https://{domain}/section">{e(section)}</a></nav>
<h1>{e(title)}</h1>
<div class="byline"><span class="author">المحرر: قسم الأخبار</span>
<time datetime="{e(raw_date)}">{e(arabic_date(day))}</time></div>
<div class="share">{share}</div>
<figure><img src="/media/{e(rid)}.jpg" alt="">
<figcaption>صورة من الأرشيف - مصدر الصورة: وكالات</figcaption></figure>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="tags">الوسوم: <a href="/tag/1">{e(section)}</a> <a href="/tag/2">تقارير</a></div>
<div class="share bottom">شارك هذا الخبر: {share}</div>
</article>
<section class="related"><h2>أخبار ذات صلة</h2>
<ul>
{rel}
</ul></section>
<aside class="newsletter"><h3>النشرة البريدية</h3>
<p>اشترك ليصلك ملخص أهم الأخبار كل صباح إلى بريدك الإلكتروني.</p>
<form><input type="email" placeholder="بريدك الإلكتروني"><button>اشتراك</button></form></aside>
<aside class="most-read"><h3>الأكثر قراءة</h3><ol><li><a href="/popular/1">{e(related[-1][1]) if related
    else "ملفات اليوم"}</a></li></ol></aside>
</main>
<div class="cookie-notice">يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. <button>موافق</button></div>
<footer>
<ul class="footer-links"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li>
<li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">شروط الاستخدام</a></li>
<li><a href="/ads">أعلن معنا</a></li></ul>
<p>تابعونا على وسائل التواصل الاجتماعي</p>
<p>© {day.year} {e(site)}. جميع الحقوق محفوظة.</p>
</footer>
<script src="/static/app.js" defer></script>
</body>
</html>
"""
