# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""lede: structured metadata for news and blog articles, at C++ speed.

    >>> import lede
    >>> article = lede.parse("Title: Hello\\nDate: 2024-03-25\\n\\nFirst paragraph.\\n")
    >>> article.date.iso, article.title.text
    ('2024-03-25', 'Hello')
    >>> lede.parse_date("Mon, 25 Mar 2024 10:05:30 -0400").to_datetime()
    datetime.datetime(2024, 3, 25, 10, 5, 30, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=72000)))

``parse()`` and ``Parser`` parse one article; ``parse_many()`` and
``parse_files()`` parse many on native threads with the GIL released, in
input order; ``parse_date()`` and ``parse_dates()`` parse dates;
``lede.dask.read_articles()`` makes a Dask bag of articles for a cluster.
Offsets are character offsets for ``str`` input and byte offsets for
``bytes`` input (and files); ``Article.to_dict()`` is what ``lede parse``
prints as JSON.
"""

from ._model import (
    Author,
    Block,
    Byline,
    DateError,
    Dateline,
    HeaderField,
    ParseError,
    Section,
    Span,
    Stats,
    Warning,
)
from ._lede import (
    Article,
    ArticleIterator,
    Date,
    Parser,
    __version__,
    parse,
    parse_date,
    parse_dates,
    parse_files,
    parse_many,
)

__all__ = [
    "Article",
    "ArticleIterator",
    "Author",
    "Block",
    "Byline",
    "Date",
    "DateError",
    "Dateline",
    "HeaderField",
    "ParseError",
    "Parser",
    "Section",
    "Span",
    "Stats",
    "Warning",
    "__version__",
    "parse",
    "parse_date",
    "parse_dates",
    "parse_files",
    "parse_many",
]
