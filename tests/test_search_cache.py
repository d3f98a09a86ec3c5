"""Searching in a long-running process keeps a bounded amount of memory, whatever is asked.

Case and width folding remembers the characters it has folded; queries that between them
cover a large part of Unicode once made it remember every one (about 200 MB kept after
every code point had been asked for).
"""

from __future__ import annotations

import gc
import tracemalloc

from miit2014.analysis import search as searching

#: Distinct code points asked for: far more than any text holds, far fewer than Unicode.
ASKED = 60_000
#: Queries of this many distinct characters each.
QUERY_LENGTH = 500


def _ask_for_many_distinct_characters() -> None:
    searching._fold_char.cache_clear()  # as in a fresh process, whatever ran before
    start = 0x4E00  # CJK, then on: letters that fold, marks, symbols, unassigned points
    for first in range(start, start + ASKED, QUERY_LENGTH):
        searching.search("".join(map(chr, range(first, first + QUERY_LENGTH))), limit=1)


def test_queries_over_many_characters_keep_a_bounded_number_of_folded_characters() -> None:
    searching.search("苗圩")  # the index is built, and stays: it is not what is measured
    _ask_for_many_distinct_characters()
    info = searching._fold_char.cache_info()
    assert info.maxsize is not None, "the folding cache has no bound"
    assert info.currsize <= info.maxsize <= 10_000


def test_queries_over_many_characters_keep_no_memory_to_speak_of() -> None:
    searching.search("苗圩")
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        _ask_for_many_distinct_characters()
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # 60,000 remembered characters took about 9 MB; the bound's few thousand take under 2
    assert kept < 2_000_000, f"{kept:,} bytes kept after the queries"
