# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""The value types of lede's article model and its exceptions.

Plain named tuples: they compare, hash, print and pickle like tuples. Every
``offset``/``length`` is in the unit of the parsed input: characters for a
``str``, bytes for ``bytes`` (see ``Article.offset_unit``).
"""

from typing import List, NamedTuple, Optional


class Span(NamedTuple):
    """A piece of the article: its text and where its source is."""

    text: str
    offset: int
    length: int

    def __str__(self) -> str:
        return self.text


class HeaderField(NamedTuple):
    """One ``key: value`` of a header or front matter, in input order.

    ``items`` holds a list value's elements (empty for a scalar).
    """

    key: Span
    value: Span
    items: List[Span]
    is_list: bool


class Author(NamedTuple):
    """A name from a byline, with the role written after it, if any."""

    name: Span
    role: Optional[Span]


class Byline(NamedTuple):
    """The byline's text (after "By") and the authors in it."""

    text: Span
    authors: List[Author]


class Dateline(NamedTuple):
    """A wire dateline: "MOSCOW, March 25 (Reuters) -"."""

    text: Span
    place: Span
    date_text: Optional[Span]
    source: Optional[Span]


class Block(NamedTuple):
    """One block of a section: kind is "paragraph", "list", "quote",
    "code", "rule", "table" or "html"."""

    kind: str
    text: str
    offset: int
    length: int


class Section(NamedTuple):
    """A heading (None before the first one) and the blocks up to the next."""

    heading: Optional[Span]
    level: int
    offset: int
    length: int
    blocks: List[Block]


class Stats(NamedTuple):
    """Counts over the body, as the parser counted them (bytes in UTF-8)."""

    bytes: int
    words: int
    cjk_characters: int
    sentences: int
    paragraphs: int
    sections: int
    reading_minutes: int


class Warning(NamedTuple):  # noqa: A001 - the model's name
    """A soft problem found while parsing: code, offset and message."""

    code: str
    offset: int
    message: str


class DateError(ValueError):
    """Raised when a string is not a date.

    ``message`` is lede's message ("no month named \\"Marhc\\" at byte 0");
    ``offset`` the byte offset in the UTF-8 text it names, or None.
    parse_dates() adds ``index``, the position of the string in the column.
    """

    def __init__(self, message: str, offset: Optional[int] = None) -> None:
        super().__init__(message, offset)
        self.message = message
        self.offset = offset

    def __str__(self) -> str:
        return self.message


class ParseError(ValueError):
    """Raised when an article exceeds a cap and on_limit="error"."""


def _restore_date(state: bytes, version: str) -> "object":
    """Unpickles a lede.Date (Date.__reduce__ names this function)."""
    from ._lede import _date_from_bytes

    return _date_from_bytes(state, version)
