# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""The Python API: articles, dates, options, errors, docs and stubs."""

import datetime
import inspect
import pathlib
import pickle

import pytest

import lede

ARTICLE = (
    "Title: Bridge Reopens\n"
    "Date: Mon, 25 Mar 2024 10:05:30 -0400\n"
    "Author: Jane Doe, Staff Reporter\n"
    "Tags: towns, bridges\n"
    "\n"
    "MARLOW, March 25 (Reuters) - The footbridge reopened on Sunday.\n"
    "\n"
    "It took two years.\n"
)


def test_version_is_the_project_version():
    cmake = (pathlib.Path(__file__).parents[2] / "CMakeLists.txt").read_text()
    assert f"VERSION {lede.__version__}\n" in cmake


def test_article_has_the_model_fields():
    a = lede.parse(ARTICLE)
    assert isinstance(a, lede.Article)
    assert a.header_style == "key_value"
    assert a.format in ("plain", "markdown")
    assert a.offset_unit == "characters"
    assert a.source is None
    assert a.title == lede.Span("Bridge Reopens", 7, 14)
    assert str(a.title) == "Bridge Reopens"
    assert ARTICLE[a.title.offset : a.title.offset + a.title.length] == "Bridge Reopens"
    assert a.date.iso == "2024-03-25T10:05:30-04:00"
    assert a.date_text.text == "Mon, 25 Mar 2024 10:05:30 -0400"
    assert a.updated is None
    assert [au.name.text for au in a.authors] == ["Jane Doe"]
    assert a.authors[0].role.text == "Staff Reporter"
    assert a.byline.authors == a.authors
    assert [t.text for t in a.tags] == ["towns", "bridges"]
    assert a.dateline.place.text == "MARLOW"
    assert a.dateline.source.text == "Reuters"
    assert a.lead.text.startswith("The footbridge")
    assert [h.key.text for h in a.headers] == ["Title", "Date", "Author", "Tags"]
    assert a.header("TITLE").value.text == "Bridge Reopens"
    assert a.header("missing") is None
    assert a.header_offset == 0
    assert ARTICLE[a.body_offset :].lstrip().startswith("MARLOW")
    assert a.header_length == a.body_offset
    blocks = [b for s in a.sections for b in s.blocks]
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    for b in blocks:
        assert ARTICLE[b.offset : b.offset + b.length] == b.text
    assert a.stats.paragraphs == 2
    assert a.stats.bytes == len(ARTICLE.encode())
    assert a.warnings == []
    assert "Bridge Reopens" in repr(a)


def test_sections_headings_and_levels():
    a = lede.parse("# Top\n\nIntro.\n\n## Part\n\nBody.\n")
    assert a.title.text == "Top"
    assert lede.parse("x", format="plain").format == "plain"
    headings = [(s.heading.text if s.heading else None, s.level) for s in a.sections]
    assert ("Part", 2) in headings


def test_warnings_carry_code_offset_and_message():
    a = lede.parse(b"\xef\xbb\xbfNo date here.\r\n")
    codes = {w.code for w in a.warnings}
    assert {"bom_stripped", "no_date"} <= codes
    assert all(isinstance(w.message, str) and w.offset >= 0 for w in a.warnings)


def test_bytes_and_str_give_the_same_values():
    s = lede.parse(ARTICLE)
    b = lede.parse(ARTICLE.encode())
    assert b.offset_unit == "bytes"
    assert s.to_dict() == b.to_dict()  # ASCII: the same offsets too
    assert s.title == b.title


def test_options_by_keyword():
    text = "Date: 03/04/2024\n\nBody.\n"
    assert lede.parse(text).date.iso == "2024-03-04"
    assert lede.parse(text, day_first=True).date.iso == "2024-04-03"
    wpm = lede.parse("word " * 1000, words_per_minute=100)
    assert wpm.stats.reading_minutes == 10
    assert lede.Parser(day_first=True).parse(text).date.iso == "2024-04-03"
    assert lede.parse("x" * 100, max_input_bytes=10).stats.bytes == 10


def test_bad_options_raise():
    with pytest.raises(TypeError, match="unknown option"):
        lede.parse("x", dayfirst=True)
    with pytest.raises(TypeError, match="must be a bool"):
        lede.parse("x", day_first=1)
    with pytest.raises(ValueError, match="format"):
        lede.parse("x", format="html")
    with pytest.raises(ValueError, match="unknown language"):
        lede.parse_date("2024-01-01", languages=["xx"])
    with pytest.raises(ValueError, match="on_limit"):
        lede.parse("x", on_limit="explode")
    with pytest.raises(TypeError, match="str or bytes"):
        lede.parse(42)
    with pytest.raises(TypeError, match="str or bytes"):
        lede.parse(bytearray(b"x"))


def test_a_cap_with_on_limit_error_raises_parse_error():
    with pytest.raises(lede.ParseError) as info:
        lede.parse("x" * 100, max_input_bytes=10, on_limit="error")
    assert isinstance(info.value, ValueError)


def test_lone_surrogates_raise_unicode_error():
    with pytest.raises(UnicodeEncodeError):
        lede.parse("bad \ud800 text")


def test_parse_date_fields():
    d = lede.parse_date("Monday, March 25th, 2024 10:05:30.250 a.m. EDT")
    assert d.iso == "2024-03-25T10:05:30.250-04:00"
    assert str(d) == d.iso
    assert d.precision == "fraction"
    assert (d.year, d.month, d.day, d.hour, d.minute, d.second) == (2024, 3, 25, 10, 5, 30)
    assert (d.fraction, d.fraction_digits) == (250, 3)
    assert d.offset_minutes == -240
    assert d.zone == "EDT"
    assert d.weekday == 0
    assert not d.zone_ambiguous and not d.day_month_ambiguous
    assert not d.year_expanded and not d.weekday_mismatch and not d.zone_assumed
    assert d.language in (None, "en")
    assert repr(d) == "lede.Date('2024-03-25T10:05:30.250-04:00')"
    assert d == lede.parse_date("Monday, March 25th, 2024 10:05:30.250 a.m. EDT")
    assert hash(d) == hash(lede.parse_date("Monday, March 25th, 2024 10:05:30.250 a.m. EDT"))
    assert d != lede.parse_date("2024-03-25")


def test_parse_date_without_zone_has_no_offset():
    d = lede.parse_date("2024-03")
    assert d.precision == "month"
    assert d.offset_minutes is None and d.zone is None and d.zone_name is None
    assert d.weekday is None


def test_ambiguous_dates_and_zones():
    d = lede.parse_date("03/04/2024")
    assert d.day_month_ambiguous
    assert d.alternate().iso == "2024-04-03"
    assert lede.parse_date("2024-03-25").alternate() is None
    assert lede.parse_date("03/04/2024", day_first=True).iso == "2024-04-03"
    ist = lede.parse_date("25 Mar 2024 10:05 IST")
    assert ist.zone_ambiguous and ist.offset_minutes is None
    assert lede.parse_date("25/03/24").year_expanded
    with pytest.raises(lede.DateError):
        lede.parse_date("25/03/24", allow_two_digit_year=False)


def test_to_datetime_is_aware_exactly_when_an_offset_is_known():
    aware = lede.parse_date("2024-03-25T10:05:30.1234567+09:00").to_datetime()
    assert aware == datetime.datetime(
        2024, 3, 25, 10, 5, 30, 123456,
        tzinfo=datetime.timezone(datetime.timedelta(hours=9)),
    )
    assert lede.parse_date("2024-03-25T10:05Z").to_datetime().utcoffset() == datetime.timedelta(0)
    naive = lede.parse_date("2024-03-25 10:05").to_datetime()
    assert naive.tzinfo is None
    assert naive == datetime.datetime(2024, 3, 25, 10, 5)
    assert lede.parse_date("25 Mar 2024 10:05 IST").to_datetime().tzinfo is None


def test_date_error_carries_message_and_offset():
    with pytest.raises(lede.DateError) as info:
        lede.parse_date("Marhc 5, 2024")
    error = info.value
    assert isinstance(error, ValueError)
    assert error.message == str(error)
    assert '"Marhc"' in error.message
    assert error.offset == 0
    with pytest.raises(lede.DateError) as info:
        lede.parse_date("2024-02-30")
    assert info.value.offset == 8
    assert "at byte 8" in info.value.message
    with pytest.raises(lede.DateError) as info:
        lede.parse_date(b"  2024-02-30")
    assert info.value.offset == 10
    restored = pickle.loads(pickle.dumps(error))
    assert (restored.message, restored.offset) == (error.message, error.offset)


def test_parse_dates_designs():
    column = ["2024-03-25", "not a date", b"March 5, 2024", "03/04/2024"]
    dates = lede.parse_dates(column)
    assert [d.iso if d else None for d in dates] == ["2024-03-25", None, "2024-03-05", "2024-03-04"]
    assert lede.parse_dates(column, iso=True) == ["2024-03-25", None, "2024-03-05", "2024-03-04"]
    assert lede.parse_dates(column, iso=True, day_first=True)[3] == "2024-04-03"
    returned = lede.parse_dates(column, errors="return")
    assert isinstance(returned[1], lede.DateError) and returned[1].index == 1
    with pytest.raises(lede.DateError) as info:
        lede.parse_dates(column, errors="raise")
    assert info.value.index == 1
    assert lede.parse_dates(iter(["2024"]), iso=True) == ["2024"]
    assert lede.parse_dates([]) == []
    with pytest.raises(ValueError, match="errors"):
        lede.parse_dates(column, errors="ignore")
    with pytest.raises(TypeError):
        lede.parse_dates([1])


def test_model_types_pickle():
    a = lede.parse(ARTICLE)
    for value in (a.title, a.sections, a.stats, a.warnings, a.byline, a.dateline, a.headers):
        assert pickle.loads(pickle.dumps(value)) == value


def test_everything_public_has_a_docstring():
    for name in lede.__all__:
        obj = getattr(lede, name)
        if name == "__version__":
            continue
        assert inspect.getdoc(obj), name
    for cls in (lede.Article, lede.Date):
        for attr, value in vars(cls).items():
            if attr.startswith("_"):
                continue
            assert inspect.getdoc(value), f"{cls.__name__}.{attr}"


def test_stubs_and_py_typed_ship_with_the_package():
    package = pathlib.Path(lede.__file__).parent
    assert (package / "py.typed").exists()
    stub = (package / "__init__.pyi").read_text()
    for name in lede.__all__:
        assert name in stub, name
    for attr in vars(lede.Article):
        if not attr.startswith("_"):
            assert f"def {attr}(" in stub, attr
    for attr in vars(lede.Date):
        if not attr.startswith("_"):
            assert f"def {attr}(" in stub, attr


def test_date_objects_come_only_from_the_parser():
    with pytest.raises(TypeError):
        lede.Date()
    with pytest.raises(TypeError):
        lede.parse_date()
    with pytest.raises(TypeError):
        lede.parse_date("2024", "2025")
    with pytest.raises(TypeError, match="unknown option"):
        lede.parse_date("2024", dayfirst=True)
    assert lede.parse_date(b"2024-03-25", day_first=True, languages="en").iso == "2024-03-25"
    assert lede.parse_date("2024-03-25") != "2024-03-25"


def test_dates_pickle_exactly():
    for text in ("25 Mar 2024 10:05 IST", "03/04/2024", "2024-03-25T10:05:30.250+09:00", "Mon, 25 Mar 2024"):
        d = lede.parse_date(text)
        e = pickle.loads(pickle.dumps(d))
        assert e == d and e.iso == d.iso
        assert (e.zone_ambiguous, e.day_month_ambiguous, e.weekday) == (d.zone_ambiguous, d.day_month_ambiguous, d.weekday)
    assert pickle.loads(pickle.dumps(lede.parse_date))("2024").iso == "2024"
    with pytest.raises(ValueError, match="pickled by lede 0.0.0"):
        lede._model._restore_date(b"", "0.0.0")
