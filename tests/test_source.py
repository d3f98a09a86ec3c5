"""The bundled original is the published text, and every record is anchored in it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

import miit2014
from miit2014 import REPORT, SOURCE_TEXT
from miit2014.model import Span
from miit2014.model.checks import ID_PATTERN
from miit2014.source import SOURCE_SHA256, paragraph_of, verify_source


def _primary_source_folder() -> Path | None:
    """Where the project keeps the primary source and its checksum file (SHA256SUMS):
    ``$MIIT2014_SOURCE_DIR`` if set, else the nearest ``shared/source`` beside or above
    this checkout. None where neither exists (an sdist, a fresh clone)."""
    if os.environ.get("MIIT2014_SOURCE_DIR"):
        return Path(os.environ["MIIT2014_SOURCE_DIR"])
    for folder in Path(__file__).resolve().parents[1].parents:
        if (folder / "shared" / "source" / "SHA256SUMS").is_file():
            return folder / "shared" / "source"
    return None


SHARED = _primary_source_folder()
NO_PRIMARY_SOURCE = (
    "the primary source's checksum file (SHA256SUMS, kept with the source text in the"
    " project's shared folder, shared/source) is not present in $MIIT2014_SOURCE_DIR or"
    " beside or above this checkout,"
    " so the bundled copy of the source is not checked against the primary source; to run"
    " this check, set MIIT2014_SOURCE_DIR to the folder that holds SHA256SUMS and"
    f" {miit2014.source.SOURCE_FILENAME}"
)


def test_bundled_text_has_the_published_shape() -> None:
    assert len(SOURCE_TEXT) == 4705
    assert not SOURCE_TEXT.endswith("\n")
    assert SOURCE_TEXT.startswith("全国工业和信息化工作会在京召开\n2013年12月27日")


def test_package_pin_matches_bundled_bytes() -> None:
    raw = Path(miit2014.source.SOURCE_PATH).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SOURCE_SHA256
    verify_source()


@pytest.mark.skipif(
    SHARED is None or not (SHARED / "SHA256SUMS").is_file(), reason=NO_PRIMARY_SOURCE
)
def test_pin_matches_the_shared_sha256sums() -> None:
    assert SHARED is not None
    sums = dict(reversed(line.split()) for line in (SHARED / "SHA256SUMS").read_text().splitlines())
    assert sums[miit2014.source.SOURCE_FILENAME] == SOURCE_SHA256
    shared = (SHARED / miit2014.source.SOURCE_FILENAME).read_bytes()
    assert shared == Path(miit2014.source.SOURCE_PATH).read_bytes()


def test_damaged_install_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(miit2014.source, "SOURCE_BYTES", b"tampered")
    with pytest.raises(miit2014.DataError, match="SHA-256"):
        verify_source()


def _all_spans() -> list[tuple[str, Span, str | None]]:
    found: list[tuple[str, Span, str | None]] = []
    for record in REPORT.records():
        found.append((record.id, record.span, record.quote))
        found.extend((record.id, span, None) for span in getattr(record, "mentions", ()))
    return found


def test_every_record_quotes_the_source_at_its_span() -> None:
    spans = _all_spans()
    assert len(spans) > 10
    for record_id, span, quote in spans:
        assert 0 <= span.start < span.end <= len(SOURCE_TEXT), record_id
        if quote is not None:
            assert SOURCE_TEXT[span.start : span.end] == quote, record_id


def test_ids_are_unique_and_well_formed() -> None:
    ids = [record.id for record in REPORT.records()]
    assert len(ids) == len(set(ids))
    for record_id in ids:
        assert ID_PATTERN.fullmatch(record_id), record_id
    for figure in REPORT.figures:
        assert figure.id.startswith("figure."), figure.id


def test_paragraph_of_counts_lines() -> None:
    assert paragraph_of(0) == 0
    assert paragraph_of(15) == 0  # the newline ending the headline
    assert paragraph_of(16) == 1
    assert paragraph_of(len(SOURCE_TEXT) - 1) == SOURCE_TEXT.count("\n")
