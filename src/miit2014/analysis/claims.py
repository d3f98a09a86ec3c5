"""Quantities as others write them: every number of a text, read exactly, with its unit,
qualifier and precision, in English, Chinese (simplified or traditional) or Japanese.

One regular expression scans the normalised text once (:mod:`.textnorm`), so the work is
linear in its length. Years, dates, ordinals and technology names (2013年, 12月27日,
Dec 27, 12th, 4G, TD-LTE) are not quantities and are skipped. A claim keeps the step of
its last written digit (``precision``): "30 million" is read to the million, "8.4%" to a
tenth, so "8 per cent" can be judged at its own precision.
"""

from __future__ import annotations

import re
from enum import StrEnum
from fractions import Fraction

import attrs

from ..model.figure import Qualifier
from ..model.frozen import FrozenMap
from ..model.wording import QUALIFIER_WORDS_ZH
from .textnorm import Normalised, normalise


class ClaimUnit(StrEnum):
    """What a written number is measured in; wider than the report's units, because an
    article also writes dollars and percentage points, which no figure of the report is."""

    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage_points"
    YUAN = "yuan"
    DOLLARS = "dollars"
    OTHER_CURRENCY = "other_currency"
    COUNT = "count"
    FRACTION = "fraction"
    MULTIPLE = "multiple"  # 1.17倍, 2.1 times: a ratio to something else


_DIGITS = FrozenMap({c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "〇": 0})
_SMALL = FrozenMap({"十": 10, "百": 100, "千": 1000})
_LARGE = FrozenMap({"万": 10**4, "亿": 10**8, "兆": 10**12})
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty"
)
_EN_WORDS = FrozenMap(
    {w: i if i <= 20 else 10 * (i - 18) for i, w in enumerate(_NUMBER_WORDS.split())}
)
_EN_SCALES = FrozenMap(
    {"hundred": 100, "thousand": 10**3}
    | dict.fromkeys(("million", "mln", "mn"), 10**6)
    | dict.fromkeys(("billion", "bln", "bn"), 10**9)
    | dict.fromkeys(("trillion", "trln", "tn"), 10**12)
)
_EN_FRACTIONS = FrozenMap({"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4})

_CN_NUM = "[零〇一二两三四五六七八九十百千]+"
_NUM = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + _CN_NUM + r"|"
    r"\b(?:" + "|".join(sorted(_EN_WORDS, key=len, reverse=True)) + r")\b)"
)
_PATTERN = re.compile(
    r"(?P<qbefore>\b(?:about|approximately|around|nearly|almost|neared|nearing|more\s+than|over|at\s+least"
    r"|exceed(?:s|ed|ing)?(?:\s+to)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|some"
    r"|roughly|close\s+to)\s+"
    r"|约|大约|超过|突破|近|接近|将近|逾|約)?"
    r"(?P<cur>(?:RMB|CNY|US\$|USD|\$|€|EUR)\s?)?"
    r"(?:(?P<fnum>\d+|" + _CN_NUM + r")分之(?P<fden>\d+|" + _CN_NUM + r")"
    r"|(?P<ennum>\bone|\btwo)[-\s](?P<enden>half|thirds?|quarters?)\b"
    r"|(?P<slash>\d+)/(?P<slashden>\d+)(?![\d/])"
    r"|" + _NUM + r"(?P<more>多|余)?(?P<cnscale>(?:[千百]?[万亿兆])+|千)?(?P<rest>\d{1,4}万)?"
    r"(?:\s*(?P<enscale>" + "|".join(_EN_SCALES) + r")\b)?)"
    r"(?P<unit>\s*(?:个百分点|percentage\s+points?|ppts?|pp\b|%|\s?per\s*cent\b|pct\b"
    r"|元人民币|元|美元|欧元|ドル|円|倍|\s?(?:yuan|RMB|CNY|dollars?|euros?|times)\b))?"
    r"(?P<qafter>\s*(?:左右|以上|前後|前后|を超え|を上回|超|余り))?",
    re.IGNORECASE,
)
#: What may follow a number and makes it not a quantity: dates, G/M technology names, times.
_NOT_AFTER = re.compile(
    r"(?:年(?!的?时间)|月|日|号|[GMK](?![A-Za-z])|[GM]\d|[-–]?LTE|st\b|nd\b|rd\b|th\b|:\d|\+\d|\.\d"
    r"|\s*[-–—~至到]\s*\d+\s*月|-[A-Za-z]|个月|\s*months?\b)"
)
_NOT_BEFORE = re.compile(
    r"(?:\bfirst\s+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*|No\.\s*|[-/:+]|第)$",
    re.IGNORECASE,
)
_NOUN = re.compile(
    r"\s+(?!(?:in|to|of|and|the|a|an|by|for|with|from|on|at|as|this|that|next|last|yuan|year)\b)"
    r"([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)?)",
    re.IGNORECASE,
)
_COUNT_WORDS = re.compile(r"\s*(?:个|家|户|项|座|条|台|部|人|张|天半|天|カ所|か所|ヵ所|社)")

_QUALIFIERS = FrozenMap(
    dict.fromkeys(("about", "approximately", "around", "roughly", "some"), Qualifier.ABOUT)
    | dict.fromkeys(("大约", "約", "前後", "前后"), Qualifier.ABOUT)
    | dict.fromkeys(("nearly", "almost", "neared", "nearing", "close to"), Qualifier.NEARLY)
    | dict.fromkeys(("接近", "将近"), Qualifier.NEARLY)
    | {"at least": Qualifier.AT_LEAST}
    | {w: q for q, words in QUALIFIER_WORDS_ZH.items() for w in (*words[0], *words[1])}
)


def _qualifier(word: str | None) -> Qualifier | None:
    if not word:
        return None
    w = " ".join(word.lower().split())
    if w in _QUALIFIERS:
        return _QUALIFIERS[w]
    return Qualifier.MORE_THAN  # more than, over, exceed, top, surpass, 超过, 突破, 逾, 超, を超え


@attrs.frozen
class Claim:
    """One quantity as a text writes it, read exactly.

    ``value`` is in base units (2万亿元 is 2,000,000,000,000 yuan; 30 mln is 30,000,000);
    ``precision`` is the step of its last written digit in the same units.
    """

    start: int
    end: int
    written: str
    value: Fraction
    precision: Fraction
    unit: ClaimUnit
    qualifier: Qualifier
    counted: str | None = None  # the count word or noun written beside the number


def cn_integer(text: str) -> int:
    """七 -> 7, 十九 -> 19, 三千五百 -> 3500, 两 -> 2: a Chinese numeral below ten thousand."""
    if all(c in _DIGITS for c in text):  # digit by digit: 二〇一三
        n = 0
        for c in text:
            n = n * 10 + _DIGITS[c]
        return n
    total, digit = 0, 0
    for c in text:
        if c in _DIGITS:
            digit = _DIGITS[c]
        else:
            total += (digit or 1) * _SMALL[c]
            digit = 0
    return total + digit


def _number(text: str) -> tuple[Fraction, Fraction]:
    """(value, step of the last digit) of digits, a Chinese numeral or an English word."""
    t = text.replace(",", "")
    if t[0].isdigit():
        decimals = t.partition(".")[2]
        return Fraction(t), Fraction(1, 10 ** len(decimals))
    if t.lower() in _EN_WORDS:
        return Fraction(_EN_WORDS[t.lower()]), Fraction(1)
    n = cn_integer(t)
    step = 1
    for c, size in _SMALL.items():
        if t.endswith(c):
            step = size
    return Fraction(n), Fraction(step)


def _scale(cn: str | None, en: str | None) -> int:
    factor = 1
    for c in cn or "":
        factor *= _LARGE.get(c) or _SMALL[c]
    if en:
        factor *= _EN_SCALES[en.lower()]
    return factor


def _unit(word: str | None, currency: str | None) -> ClaimUnit | None:
    w = " ".join((word or "").lower().split())
    cur = (currency or "").strip().upper()
    if cur in ("US$", "USD", "$") or w in ("美元", "ドル", "dollar", "dollars"):
        return ClaimUnit.DOLLARS
    if cur in ("€", "EUR") or w in ("欧元", "euro", "euros", "円"):
        return ClaimUnit.OTHER_CURRENCY
    if cur in ("RMB", "CNY") or w in ("元", "元人民币", "yuan", "rmb", "cny"):
        return ClaimUnit.YUAN
    if w in ("倍", "times"):
        return ClaimUnit.MULTIPLE
    if w in ("%", "percent", "per cent", "pct"):
        return ClaimUnit.PERCENT
    if w:
        return ClaimUnit.PERCENTAGE_POINTS
    return None


def _claim(norm: Normalised, m: re.Match[str]) -> Claim | None:
    text = norm.text
    g = m.groupdict()
    if g["fnum"] or g["ennum"] or g["slash"]:
        if g["fnum"]:  # 三分之一: the denominator comes first
            den = _number(g["fnum"])[0]
            num = _number(g["fden"])[0]
        elif g["ennum"]:
            num = Fraction(_EN_WORDS[g["ennum"].lower()])
            den = Fraction(_EN_FRACTIONS[g["enden"].lower()])
        else:
            num, den = Fraction(g["slash"]), Fraction(g["slashden"])
        if den == 0:
            return None
        value, step, unit = num / den, Fraction(0), ClaimUnit.FRACTION
    else:
        number = g["num"]
        scale = _scale(g["cnscale"], g["enscale"])
        unit_word = g["unit"]
        value, step = _number(number)
        end_num = m.end("num")
        after = text[m.end() : m.end() + 4]
        before = text[max(0, m.start("num") - 12) : m.start("num")]
        is_plain_int = (number.isdigit() or number.lower() in _EN_WORDS) and not (
            g["cnscale"] or g["enscale"]
        )
        if (
            _NOT_AFTER.match(text, end_num)
            and not g["cnscale"]
            and not g["enscale"]
            and not unit_word
        ):
            return None
        if (
            is_plain_int
            and not unit_word
            and not g["cur"]
            and (_NOT_AFTER.match(text, end_num) or _NOT_BEFORE.search(before))
        ):
            return None
        bare = not unit_word and not g["cur"]
        if is_plain_int and 1900 <= value <= 2100 and bare and not _COUNT_WORDS.match(after):
            return None  # a year
        if (
            not number[0].isdigit()
            and number.lower() not in _EN_WORDS
            and len(number) == 1
            and not g["cnscale"]
            and bare
            and not _COUNT_WORDS.match(text, m.end())
        ):
            return None  # 一, 两 as words (一是, 一批), not quantities
        if g["cnscale"] == "兆" and re.match(
            r"(?:及以上|以上|比特|bps|宽带)", text[m.end("cnscale") :]
        ):
            return None  # 4兆及以上: a speed of 4 Mbit/s
        unit = _unit(unit_word, g["cur"]) or ClaimUnit.COUNT
        value *= scale
        step *= scale
        if g["rest"]:  # 2亿5000万: the remainder in 万
            value += Fraction(g["rest"][:-1]) * 10**4
            step = Fraction(10**4)
    qualifier = _qualifier(g["qbefore"]) or _qualifier(g["qafter"])
    if g.get("more"):
        qualifier = Qualifier.MORE_THAN
    counted = None
    count = None
    if unit is ClaimUnit.COUNT:
        count = _COUNT_WORDS.match(text, m.end())
        noun = _NOUN.match(text, m.end())
        counted = count.group().strip() if count else (noun.group(1).lower() if noun else None)
    stop = m.end()
    if unit is ClaimUnit.COUNT and counted and count:
        stop = count.end()  # 11家, 300个: the measure word belongs to the quantity
    if count is not None and count.group().strip() == "天半":  # 1天半: a day and a half
        value += Fraction(1, 2)
        precision = Fraction(1, 2)
    else:
        precision = step
    start, end = norm.span(m.start(), stop)
    # trailing spaces are not part of the quantity as written
    return Claim(
        start=start,
        end=end,
        written="",
        value=value,
        precision=precision,
        unit=unit,
        qualifier=qualifier or Qualifier.EXACT,
        counted=counted,
    )


def read_claims(text: str) -> tuple[Normalised, tuple[Claim, ...]]:
    """Every quantity of ``text``, in order, with offsets into ``text`` as given."""
    norm = normalise(text)
    claims = []
    for m in _PATTERN.finditer(norm.text):
        claim = _claim(norm, m)
        if claim is None:
            continue
        start, end = claim.start, claim.end
        while end > start and text[end - 1].isspace():
            end -= 1
        claims.append(attrs.evolve(claim, end=end, written=text[start:end]))
    return norm, tuple(claims)
