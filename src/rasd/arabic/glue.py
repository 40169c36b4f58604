"""Repair of words that the scraper glued together ("مراسلالميادين", "العربيةالسورية").

Scraped news often loses the space between two words.  :func:`glue_cuts` finds where a space is
missing in a text, as offsets into the normalised view; :func:`rasd.arabic.normalize.normalize`
inserts a space there (mapped to the original character that follows it, so every span still maps
back to the exact original substring).  A cut is made

- after a word-final ة or ى (in the original spelling) or a tanween followed by a letter: those
  never occur inside a word ("العربيةالسورية", "إلىالميادين", "جوياًبطائرات");
- inside an over-long token that is not a known word, where it splits into known words
  (``data/arabic/words.tsv``: frequent corpus words, glued forms left out) at a likely seam:
  before a definite word ("مراسلالميادين"), next to a function or outlet word listed in
  ``data/glued_words.tsv`` ("الميادينفي", "فيمدينه"), or between two longer frequent words
  whose second part does not begin like a suffix ("إسرائيليمتزامن"; not "مقاطعاتهم").

``python -m rasd.arabic.glue CORPUS.jsonl.gz [OUT.tsv]`` rebuilds the word list: words seen 5 times
or more in 3 articles or more (so no single article adds a word), less the tokens that are
themselves glued words and the short rare words that are never looked up.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.tsv import read_rows

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "arabic" / "words.tsv"
ENABLED = True  # switch the repair off (before/after measurements)
MIN_TOKEN = 6  # shorter tokens are never split by the word list
MAX_TOKEN = 32  # nor longer ones (not prose)
PIECE_MIN = 30  # a part must have been seen this often (the whole token must not be listed at all)
BUILD_MIN_COUNT = 5
BUILD_MIN_DOCS = 3

# ة / ى (not the old spellings ىء, ىٔ, ىْ of ئ) after two letters and before two letters; or a
# tanween (ً ٌ ٍ), which ends a word, before two letters.  The cut goes before the next letter.
_LETTER = "[\u0621-\u063A\u0641-\u064A]"
_FINAL_LETTER = re.compile("[ةى\u064B-\u064D]"  # the letter first: the engine scans for it fast
                           f"(?<={_LETTER}{_LETTER}[ةى\u064B-\u064D])"
                           "(?:(?<=[ةى])(?![\u064B-\u0652\u0640]*[\u0652\u0654ء])|(?<=[\u064B-\u064D])(?!ا))"
                           f"[\u064B-\u0652\u0640]*(?={_LETTER}{_LETTER})")
_LONG = re.compile(f"\\b{_LETTER}{{{MIN_TOKEN},}}\\b")  # whole tokens, no digits or Latin letters
_WORD = re.compile(r"(?<!\w)[\u0621-\u063A\u0641-\u064A]{2,}(?!\w)")
# A definite word (with proclitics) begins a part: the likeliest seam.
_ARTICLE = ("ال", "لل", "بال", "وال", "فال", "كال", "وبال", "ولل", "فبال", "فلل")
# Words that begin with ال but not with the article (إلى, إلينا, آلاف, آليات, الآن): no seam before them.
_NOT_ARTICLE = frozenset({"الي", "اليه", "اليها", "اليهم", "اليهما", "الينا", "اليك", "اليكم", "الا", "الف", "الاف",
                          "الالاف", "الان", "الات", "اليات"})
# أنّ with a pronoun, which also ends words in -ān + pronoun ("وجدانهما"): a seam only next to a listed word.
_ANNA = frozenset({"انه", "انها", "انهم", "انهما", "انهن"})
# Parts that are only proclitics and article.
_FRAGMENTS = frozenset(_ARTICLE)
# A second part that begins like an inflection ending is read as one word ("مقاطعاتهم", "اراضيهما").
_SUFFIX_START = ("ات", "ين", "ون", "يه", "ها", "هم", "هن", "كم", "نا", "تها", "تهم", "وا", "يا")


@lru_cache(maxsize=1)
def words() -> dict[str, int]:
    """Known words (normalised) and their corpus counts (``word<TAB>count`` rows after a header)."""
    out: dict[str, int] = {}
    if not WORDS_FILE.is_file():
        return out
    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    for line in lines[1 + next((i for i, x in enumerate(lines) if not x.startswith("#")), len(lines)):]:
        word, _, count = line.partition("\t")
        if count.isdigit():
            out[word] = int(count)
    return out


@dataclass(frozen=True, slots=True)
class _Listed:
    """The listed words with the proclitics they may carry (see :func:`_forms`)."""

    before: frozenset[str]  # glued before another word: في, من, أن … (two letters or more)
    after: frozenset[str]  # glued after another word: في, التي, السوري …
    before4: frozenset[str]  # those of four letters or more (the only ones trusted in strong mode)
    after4: frozenset[str]
    outlets: frozenset[str]  # outlet names: a seam on either side
    any: frozenset[str]


@lru_cache(maxsize=1)
def _listed_words() -> _Listed:
    """Function and outlet words glued before / after another word (``glued_words.tsv``), normalised.

    Outlet names (kind ``outlet``) make a seam on either side of any word.  Words spelled with a final
    ى are left out: glued, they are found by that letter, and their normalised forms (الي, علي)
    begin ordinary words (اليمن) or are a name (علي).
    """
    from rasd.arabic.matcher import GLUED_FILE
    from rasd.arabic.normalize import norm_key

    before: set[str] = set()
    after: set[str] = set()
    outlets: set[str] = set()
    for _, cells in read_rows(GLUED_FILE):
        if len(cells) < 2 or not cells[0] or cells[0].endswith("ى"):
            continue
        key = norm_key(cells[0])
        if " " in key or len(key) < 2:
            continue
        if cells[1] in ("before", "both"):
            before.add(key)
        if cells[1] in ("after", "both"):
            after.add(key)
        if len(cells) > 2 and cells[2] == "outlet":
            outlets.add(key)
    b2, a2 = _forms(before, 2), _forms(after, 2)
    return _Listed(b2, a2, _forms(before, 4), _forms(after, 4), _forms(outlets, 2), b2 | a2)


def _forms(listed: set[str], min_len: int) -> frozenset[str]:
    """The listed words of ``min_len`` letters or more, also after و/ف, and a word of five letters or
    more also after ب ل ("بالميادين", "للميادين")."""
    out: set[str] = set()
    for w in listed:
        if len(w) < min_len:
            continue
        out.update((w, "و" + w, "ف" + w))
        if len(w) >= 5:
            out.update(c + w for c in ("ب", "ل", "وب", "ول", "فب", "فل"))
            if w.startswith("ال"):
                out.update(c + w[1:] for c in ("ل", "ول", "فل"))  # للميادين = ل + الميادين
    return frozenset(out)


def _seam(left: str, right: str, listed: _Listed, strong: bool = False) -> int | None:
    """How likely ``left`` + ``right`` lost a space: 0 before a definite word, next to a listed word or
    an outlet name, 1 merely between two frequent words (never when ``strong``), None not a seam."""
    if left in listed.outlets or right in listed.outlets:
        return 0
    if len(left) < 5 and left.startswith("ال") and left != "الله" and left not in listed.before:
        return None  # "المستقيم" is not المس + تقيم
    if right.startswith(_ARTICLE) and len(right) >= 5 and left not in _FRAGMENTS and right not in _NOT_ARTICLE:
        return 0
    if left in (listed.before4 if strong else listed.before) \
            and ((len(right) >= 3 and not right.startswith(_SUFFIX_START)) or right in listed.after):
        return 0
    if right in (listed.after4 if strong else listed.after) and (len(left) >= 4 or left in listed.before):
        return 0
    if strong or len(right) < 4 or len(left) < 3 or (len(left) == 3 and len(right) < 5):
        return None
    if right.startswith(_SUFFIX_START) or right in _ANNA:
        return None
    return 1


_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "ال", "وال", "بال", "فال")
# pronoun endings, accusative -an, plural and dual endings (not ان: the particle أن glues after words)
_ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ني", "ي", "ك", "ا", "ين", "ون", "ات")


def _one_word(token: str, known: dict[str, int]) -> bool:
    """``token`` reads as a known word with proclitics and / or a pronoun ending ("وانسداد",
    "عدوانهما", "حكومتها"): not glued words."""
    stems = [token]
    for c in _PROCLITICS:
        if token.startswith(c) and len(token) - len(c) >= 3:
            rest = token[len(c):]
            stems.append(rest)
            if c.endswith("ل") and rest.startswith("ل"):
                stems.append("ا" + rest)  # لل… = ل + ال…
    for stem in list(stems):
        for e in _ENCLITICS:
            if stem.endswith(e) and len(stem) - len(e) >= 3:
                base = stem[:-len(e)]
                stems.append(base)
                if base.endswith("ت"):
                    stems.append(base[:-1] + "ه")  # حكومت|ها = حكومه
    return any(s in known for s in stems[1:])


def segment(token: str, known: dict[str, int] | None = None, strong: bool = False) -> tuple[int, ...]:
    """Offsets inside the normalised ``token`` where a lost space goes (empty: leave it whole).

    The reading with the fewest parts wins, then the one with the commonest parts (أوكرانيا + لحماية,
    not أوكراني + الحماية).  ``strong``: only seams before a definite word or next to a listed word
    (to find the glued forms among frequent corpus tokens).
    """
    known = words() if known is None else known
    n = len(token)
    if n < MIN_TOKEN or n > MAX_TOKEN:
        return ()
    if token in known:
        return _rare_cuts().get(token, ()) if known is words() else ()
    listed = _listed_words()
    any_listed = listed.any
    if known is words():  # quick refusal: no known part ends the token, or none begins it
        pieces = _pieces()
        if not any(token[j:] in pieces for j in range(2, n - 1)) or \
                not any(token[:i] in pieces for i in range(2, n - 1)):
            return ()
    # ending[i]: readings of token[:i] as (parts, -score, weak seams, cuts, last part start)
    ending: list[list[tuple[int, float, int, tuple[int, ...], int]]] = [[] for _ in range(n + 1)]
    for i in range(2, n + 1):
        for j in range(0, i - 1):
            if j and not ending[j]:
                continue
            p = token[j:i]
            c = known.get(p, 0)
            if p in any_listed:
                s = math.log(max(c, PIECE_MIN))
            elif c < PIECE_MIN or len(p) < 3 or p in _FRAGMENTS:
                continue
            else:
                s = math.log(c)
            if j == 0:
                if i < n and p not in _NOT_ARTICLE:  # "الاشرطه" is not الا + شرطه
                    ending[i].append((1, -s, 0, (), 0))
                continue
            cand = None
            for k, neg, weak, cuts, a in ending[j]:
                seam = _seam(token[a:j], p, listed, strong)
                if seam is not None:
                    c2 = (k + 1, neg - s, weak + seam, (*cuts, j), j)
                    if cand is None or c2[:3] < cand[:3]:
                        cand = c2
            if cand is not None:
                ending[i].append(cand)
    if not ending[n] or _one_word(token, known):  # (checked last: most tokens have no reading anyway)
        return ()
    return min(ending[n])[3]


@lru_cache(maxsize=1)
def _pieces() -> frozenset[str]:
    """Every word that may be a part of a glued token (see :func:`segment`)."""
    return frozenset(w for w, c in words().items() if c >= PIECE_MIN and len(w) >= 3 and w not in _FRAGMENTS) \
        | _listed_words().any


# Rare listed tokens that are two frequent words glued ("اسرائيلياستهدف", "ذكرتوكاله"): the word list keeps
# the tokens that only a weak seam splits; read them as glued when every part is a far commoner word.
RARE_PART_MIN = 100  # each part seen this often, and ten times as often as the token


@lru_cache(maxsize=1)
def _rare_cuts() -> dict[str, tuple[int, ...]]:
    """The listed tokens seen fewer than PIECE_MIN times that read as frequent words of four letters or more
    glued together (not a dual -ان of a listed word: "اميركيان")."""
    known = words()
    out: dict[str, tuple[int, ...]] = {}
    rest = dict(known)
    for w, c in known.items():
        if c >= PIECE_MIN or len(w) < MIN_TOKEN + 2 or (w.endswith("ان") and w[:-2] in known):
            continue
        del rest[w]
        cuts = segment(w, rest)
        rest[w] = c
        parts = [w[a:b] for a, b in zip((0, *cuts), (*cuts, len(w)), strict=True)] if cuts else []
        if parts and all(len(p) >= 4 and known.get(p, 0) >= max(RARE_PART_MIN, 10 * c) for p in parts):
            out[w] = cuts
    return out


_CACHE: dict[str, tuple[int, ...]] = {}


def _cached(token: str) -> tuple[int, ...]:
    r = _CACHE.get(token)
    if r is None:
        if len(_CACHE) > 200_000:
            _CACHE.clear()
        r = _CACHE[token] = segment(token)
    return r


def final_letter_cuts(original: str, norm: str, to_orig: list[int]) -> set[int]:
    """Offsets in ``norm`` of a letter that follows a word-final ة / ى or a tanween."""
    cuts: set[int] = set()
    if "ة" in original or "ى" in original or any(t in original for t in "\u064b\u064c\u064d"):
        for m in _FINAL_LETTER.finditer(original):
            j = bisect_left(to_orig, m.end())  # the letter after the seam
            if 0 < j < len(norm) and to_orig[j] == m.end():
                cuts.add(j)
    return cuts


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _token_span(norm: str, i: int) -> tuple[int, int]:
    """The run of letters around offset ``i`` of ``norm``."""
    s = e = i
    while s > 0 and norm[s - 1].isalpha():
        s -= 1
    while e < len(norm) and norm[e].isalpha():
        e += 1
    return s, e


def glue_cuts(original: str, norm: str, to_orig: list[int], use_words: bool = True) -> list[int]:
    """Offsets in ``norm`` before which a space is missing (sorted, none next to a space)."""
    if not ENABLED:
        return []
    final = final_letter_cuts(original, norm, to_orig)
    cuts = set(final)
    known = words() if use_words else None
    if known:
        # tokens with a final-letter seam: the parts between the seams are read as tokens
        done: set[tuple[int, int]] = set()
        for c in final:
            s, e = _token_span(norm, c)
            if (s, e) in done:
                continue
            done.add((s, e))
            inner = sorted(x for x in final if s < x < e)
            for a, b in zip([s, *inner], [*inner, e], strict=True):
                if b - a >= MIN_TOKEN:
                    cuts.update(a + x for x in _cached(norm[a:b]))
        # other long tokens: most are known words, set arithmetic finds the few that are not
        cache = _CACHE
        tokens = set(_LONG.findall(norm))
        for token in tokens.difference(known) | tokens.intersection(_rare_cuts()):
            r = cache.get(token)
            if r is None:
                r = _cached(token)
            if not r:
                continue
            i = norm.find(token)
            while i >= 0:
                e = i + len(token)
                if (i == 0 or not _is_word(norm[i - 1])) and (e == len(norm) or not _is_word(norm[e])) \
                        and (i, e) not in done:
                    cuts.update(i + x for x in r)
                i = norm.find(token, e)
    if not cuts:
        return []
    return sorted(c for c in cuts if 0 < c < len(norm) and norm[c] != " " and norm[c - 1] != " ")


def build(corpus: Path, out: Path = WORDS_FILE) -> int:
    """Write the word list from a JSONL(.gz) corpus of articles; returns the number of words."""
    import gzip
    import json
    from collections import Counter

    from rasd.arabic.normalize import normalize

    tf: Counter[str] = Counter()
    df: Counter[str] = Counter()
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = "\n".join(str(rec.get(k) or "") for k in ("title", "description", "text"))
            nt = normalize(text, repair=False)
            norm = nt.norm
            for c in glue_cuts(text, norm, nt.to_orig, use_words=False)[::-1]:
                norm = norm[:c] + " " + norm[c:]
            toks = _WORD.findall(norm)
            tf.update(toks)
            df.update(set(toks))
    raw = {w: c for w, c in tf.items() if c >= BUILD_MIN_COUNT and df[w] >= BUILD_MIN_DOCS}
    glued: set[str] = set()
    for _ in range(2):  # again without the glued forms found: they also hide stems ("للميادينان")
        known = {w: c for w, c in raw.items() if w not in glued}
        for w in list(known):
            if len(w) >= MIN_TOKEN:
                c = known.pop(w)
                if segment(w, known, strong=True):
                    glued.add(w)
                known[w] = c
    # short rare words are never looked up: neither a part (PIECE_MIN) nor a stem of a token to split
    kept = sorted(((w, c) for w, c in raw.items() if w not in glued and (c >= PIECE_MIN or len(w) >= 4)),
                  key=lambda x: (-x[1], x[0]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Known words for the glued-words repair (rasd.arabic.glue), normalised spelling, with their\n"
                 f"# counts: words seen {BUILD_MIN_COUNT}+ times in {BUILD_MIN_DOCS}+ articles of {corpus.name},"
                 " glued forms\n# and short rare words left out.\n"
                 "# Rebuild: python -m rasd.arabic.glue CORPUS.jsonl.gz\n"
                 "word\tcount\n")
        for w, c in kept:
            fh.write(f"{w}\t{c}\n")
    return len(kept)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m rasd.arabic.glue", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path, nargs="?", default=WORDS_FILE)
    args = ap.parse_args(argv)
    print(build(args.corpus, args.out), "words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
