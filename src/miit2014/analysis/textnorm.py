"""A text as the checker reads it: simplified characters, no romanisation, ASCII digits.

Reposts of the report come in traditional characters, some with the pinyin of a character
spliced in after it (規(guī)模, 增長(zhǎng)), and with full-width digits. The checker reads
one normalised string and maps every offset back to the text as written, so a result's
``start``/``end`` always point into what the user gave. Conversion is character for
character, so the map is one index per character: linear in the text's length.

Traditional to simplified uses OpenCC (the ``check`` extra) when it is installed; without
it a small table covers the characters of the measures this report states.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

import attrs

from ..model.frozen import FrozenMap

#: Traditional -> simplified for the words the checker looks for (the fallback when
#: OpenCC is not installed): measure words, units, qualifiers and subjects.
_T2S_PAIRS = (
    "規规億亿萬万戶户項项個个資资訊讯電电業业務务長长總总產产據据類类費费網网絡络機机數数"
    "達达為为與与國国過过約约來来於于們们對对時时會会進进實实現现點点當当經经濟济營营單单"
    "從从內内將将並并開开門门間间關关發发動动術术設设計计號号視视軟软體体臺台預预標标準准"
    "兩两餘余調调結结構构後后審审減减驗验試试範范幣币運运聯联場场價价廣广傳传統统創创終终"
    "寬宽頻频帶带線线雲云較较漲涨幾几測测劃划鋼钢鐵铁鋁铝環环節节級级監监廳厅區区縣县權权"
    "證证圍围貫贯舉举優优質质納纳稅税銷销額额廠厂鎮镇鄉乡際际邊边專专說说認认謂谓轉转報报"
    "産产稱称讓让遠远車车書书紀纪蘭兰糧粮齊齐協协織织"
)
_T2S = FrozenMap({_T2S_PAIRS[i]: _T2S_PAIRS[i + 1] for i in range(0, len(_T2S_PAIRS) - 1, 2)})

#: Pinyin spliced in brackets after a character: (guī), (zhǎng), (yè), (cháng).
_ROMANISATION = re.compile(r"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


@functools.cache
def _opencc() -> Callable[[str], str] | None:
    try:
        import opencc  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    converter = opencc.OpenCC("t2s")
    convert: Callable[[str], str] = converter.convert
    return convert


@attrs.frozen
class Normalised:
    """The normalised text and, for each of its characters, the offset it came from."""

    text: str
    origin: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the normalised ``text[start:end]``."""
        return self.origin[start], self.origin[end - 1] + 1 if end > start else self.origin[end]


def _to_simplified(text: str) -> str:
    convert = _opencc()
    if convert is not None:
        converted = convert(text)
        if len(converted) == len(text):
            return converted
    return "".join(_T2S.get(c, c) for c in text)


def normalise(text: str) -> Normalised:
    """``text`` in simplified characters without romanisation, digits and % in ASCII."""
    kept: list[str] = []
    origin: list[int] = []
    removed = {m.start(): m.end() for m in _ROMANISATION.finditer(text)}
    i = 0
    while i < len(text):
        if i in removed:
            i = removed[i]
            continue
        c = text[i]
        folded = unicodedata.normalize("NFKC", c) if ord(c) > 0x7F else c
        kept.append(folded if len(folded) == 1 else c)
        origin.append(i)
        i += 1
    origin.append(len(text))
    return Normalised(_to_simplified("".join(kept)), tuple(origin))
