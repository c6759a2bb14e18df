// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// lede._lede: the native half of the `lede` Python package (lede/__init__.py
// re-exports it). Dates are lede::DateTime values; articles are owning
// copies (PyArticle), so nothing a Python caller holds points into a buffer
// that can go away. Attributes build their Python objects on access, with
// offsets in characters for str input and in bytes for bytes input.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

#include "absl/time/civil_time.h"
#include "article_object.h"
#include "date_object.h"
#include "lede/article.h"
#include "lede/date.h"
#include "lede/version.h"
#include "parse_stream.h"

namespace lede_python {
namespace {

// Inputs at least this long are parsed with the GIL released.
constexpr std::size_t kReleaseGilBytes = std::size_t{64} << 10;
constexpr int kMaxThreads = 1024;

// ---- Options

template <typename Int>
Int ToInt(std::string_view key, py::handle value, long long min_value) {
  if (!PyLong_Check(value.ptr()) || PyBool_Check(value.ptr())) {
    throw py::type_error("option \"" + std::string(key) + "\" must be an int");
  }
  const long long v = PyLong_AsLongLong(value.ptr());
  if (PyErr_Occurred() || v < min_value) {
    PyErr_Clear();
    throw py::value_error("option \"" + std::string(key) +
                          "\" is out of range");
  }
  return static_cast<Int>(v);
}

[[noreturn]] void UnknownOption(std::string_view key) {
  throw py::type_error("unknown option \"" + std::string(key) + "\"");
}

lede::DocumentFormat ToFormat(py::handle value) {
  const std::string name = ToString("format", value);
  for (auto format :
       {lede::DocumentFormat::kAuto, lede::DocumentFormat::kPlainText,
        lede::DocumentFormat::kMarkdown}) {
    if (name == lede::DocumentFormatName(format)) return format;
  }
  throw py::value_error(
      "option \"format\" must be \"auto\", \"plain\" or "
      "\"markdown\", not \"" +
      name + "\"");
}

lede::LimitAction ToLimitAction(py::handle value) {
  const std::string name = ToString("on_limit", value);
  if (name == "truncate") return lede::LimitAction::kTruncate;
  if (name == "error") return lede::LimitAction::kError;
  throw py::value_error(
      "option \"on_limit\" must be \"truncate\" or \"error\", not \"" + name +
      "\"");
}

lede::ParseOptions ParseOptionsFrom(const py::kwargs& kwargs) {
  lede::ParseOptions options;
  for (auto item : kwargs) {
    const std::string key = item.first.cast<std::string>();
    py::handle value = item.second;
    if (SetDateOption(key, value, &options.date)) continue;
    if (key == "format") {
      options.format = ToFormat(value);
    } else if (key == "max_input_bytes") {
      options.max_input_bytes = ToInt<std::size_t>(key, value, 0);
    } else if (key == "max_header_bytes") {
      options.max_header_bytes = ToInt<std::size_t>(key, value, 0);
    } else if (key == "max_blocks") {
      options.max_blocks = ToInt<std::size_t>(key, value, 0);
    } else if (key == "max_sections") {
      options.max_sections = ToInt<std::size_t>(key, value, 0);
    } else if (key == "max_warnings") {
      options.max_warnings = ToInt<std::size_t>(key, value, 0);
    } else if (key == "on_limit") {
      options.on_limit = ToLimitAction(value);
    } else if (key == "words_per_minute") {
      options.words_per_minute = ToInt<int>(key, value, 1);
    } else if (key == "cjk_characters_per_minute") {
      options.cjk_characters_per_minute = ToInt<int>(key, value, 1);
    } else {
      UnknownOption(key);
    }
  }
  return options;
}

int ThreadCount(py::handle threads) {
  int n = 0;
  if (!threads.is_none()) n = ToInt<int>("threads", threads, 0);
  if (n == 0) n = static_cast<int>(std::thread::hardware_concurrency());
  return std::clamp(n, 1, kMaxThreads);
}

// ---- Articles

py::object OptionalDate(const std::optional<lede::DateTime>& date) {
  return date ? NewDate(*date) : py::none();
}

// NewRecord()
//
// Returns an instance of the named tuple class `type` (lede._model) with
// `fields`, made as tuple.__new__(type, fields) does it but without going
// through the class's Python-level __new__, which costs several times more.
template <typename... Fields>
py::object NewRecord(py::handle type, Fields&&... fields) {
  py::tuple values = py::make_tuple(std::forward<Fields>(fields)...);
  py::tuple args = py::make_tuple(values);
  PyObject* record = PyTuple_Type.tp_new(
      reinterpret_cast<PyTypeObject*>(type.ptr()), args.ptr(), nullptr);
  if (record == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(record);
}

// Builds the Python objects of one article's attributes.
class Converter {
 public:
  explicit Converter(const PyArticle& article) : article_(article) {}

  static py::object Str(std::string_view text) {
    PyObject* s = PyUnicode_DecodeUTF8(
        text.data(), static_cast<Py_ssize_t>(text.size()), "replace");
    if (s == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::object>(s);
  }

  py::object Span(const lede::TextSpan& span) const {
    static py::handle type = ModelType("Span");
    return NewRecord(type, Str(span.text), article_.Offset(span.offset),
                     article_.Length(span.offset, span.length));
  }
  py::object Span(const std::optional<lede::TextSpan>& span) const {
    return span ? Span(*span) : py::none();
  }
  py::list Spans(absl::Span<const lede::TextSpan> spans) const {
    py::list list(spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) list[i] = Span(spans[i]);
    return list;
  }

  py::list Authors(const std::optional<lede::Byline>& byline) const {
    static py::handle type = ModelType("Author");
    if (!byline) return py::list();
    py::list list(byline->authors.size());
    for (std::size_t i = 0; i < byline->authors.size(); ++i) {
      const lede::Author& author = byline->authors[i];
      list[i] = NewRecord(type, Span(author.name), Span(author.role));
    }
    return list;
  }

  py::object Byline(const std::optional<lede::Byline>& byline) const {
    static py::handle type = ModelType("Byline");
    if (!byline) return py::none();
    return NewRecord(type, Span(byline->text), Authors(byline));
  }

  py::object Dateline(const std::optional<lede::Dateline>& dateline) const {
    static py::handle type = ModelType("Dateline");
    if (!dateline) return py::none();
    return NewRecord(type, Span(dateline->text), Span(dateline->place),
                     Span(dateline->date_text), Span(dateline->source));
  }

  py::object Header(const lede::HeaderField& field) const {
    static py::handle type = ModelType("HeaderField");
    return NewRecord(type, Span(field.key), Span(field.value),
                     Spans(field.items), field.is_list);
  }
  py::list Headers(absl::Span<const lede::HeaderField> fields) const {
    py::list list(fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i) list[i] = Header(fields[i]);
    return list;
  }

  py::list Sections(absl::Span<const lede::Section> sections) const {
    static py::handle section_type = ModelType("Section");
    static py::handle block_type = ModelType("Block");
    py::list list(sections.size());
    for (std::size_t i = 0; i < sections.size(); ++i) {
      const lede::Section& section = sections[i];
      py::list blocks(section.blocks.size());
      for (std::size_t j = 0; j < section.blocks.size(); ++j) {
        const lede::Block& block = section.blocks[j];
        const std::string_view kind = lede::BlockKindName(block.kind);
        blocks[j] = NewRecord(block_type, py::str(kind.data(), kind.size()),
                              Str(block.text), article_.Offset(block.offset),
                              article_.Length(block.offset, block.length));
      }
      list[i] = NewRecord(section_type, Span(section.heading), section.level,
                          article_.Offset(section.offset),
                          article_.Length(section.offset, section.length),
                          std::move(blocks));
    }
    return list;
  }

  py::list Warnings(absl::Span<const lede::Warning> warnings) const {
    static py::handle type = ModelType("Warning");
    py::list list(warnings.size());
    for (std::size_t i = 0; i < warnings.size(); ++i) {
      const lede::Warning& w = warnings[i];
      const std::string_view code = lede::WarningCodeName(w.code);
      list[i] = NewRecord(type, py::str(code.data(), code.size()),
                          article_.Offset(w.offset), Str(w.message));
    }
    return list;
  }

  py::object Stats(const lede::Stats& s) const {
    static py::handle type = ModelType("Stats");
    return NewRecord(type, s.bytes, s.words, s.cjk_characters, s.sentences,
                     s.paragraphs, s.sections, s.reading_minutes);
  }

 private:
  const PyArticle& article_;
};

py::object ArticleDict(const PyArticle& article) {
  std::string json;
  AppendArticleJson(article.article.view(),
                    article.source ? *article.source : "-", &json);
  return JsonToDict(json, article.chars, article.article->input,
                    article.source.has_value());
}

std::string ArticleRepr(const PyArticle& article) {
  const lede::ArticleView& view = article.article.view();
  std::string repr = "<lede.Article";
  if (article.source)
    repr += " source=" + py::repr(py::str(*article.source)).cast<std::string>();
  if (view.date) repr += " date=" + view.date->FormatIso8601();
  if (view.title) {
    repr += " title=" +
            py::repr(Converter::Str(view.title->text)).cast<std::string>();
  }
  repr += " sections=" + std::to_string(view.sections.size()) + ">";
  return repr;
}

// ---- Parsing

// A reusable parser: lede.Parser, and the one behind lede.parse().
struct PyParser {
  explicit PyParser(const lede::ParseOptions& parse_options)
      : options(parse_options), parser(parse_options) {}

  lede::ParseOptions options;
  lede::ArticleParser parser;  // used by whoever holds `mutex`
  std::mutex mutex;
};

std::unique_ptr<PyArticle> ParseWith(lede::ArticleParser& parser,
                                     const InputText& input,
                                     std::optional<absl::Status>* error) {
  absl::StatusOr<lede::ArticleView> view = parser.Parse(input.bytes);
  if (!view.ok()) {
    *error = view.status();
    return nullptr;
  }
  return MakeArticle(*view, input, std::nullopt);
}

// Parses with the parser's reused buffers, or with a fresh parser when
// another thread is using them (the GIL is released for long inputs).
py::object ParseText(PyParser& self, py::handle text) {
  const InputText input = ReadInput(text);  // `text` outlives the call
  std::optional<absl::Status> error;
  std::unique_ptr<PyArticle> article;
  auto parse = [&] {
    std::unique_lock<std::mutex> lock(self.mutex, std::try_to_lock);
    if (lock.owns_lock()) {
      article = ParseWith(self.parser, input, &error);
    } else {
      lede::ArticleParser parser(self.options);
      article = ParseWith(parser, input, &error);
    }
  };
  if (input.bytes.size() >= kReleaseGilBytes) {
    py::gil_scoped_release release;
    parse();
  } else {
    parse();
  }
  if (error) ThrowParseError(*error);
  return py::cast(std::move(article));
}

PyParser& DefaultParser() {
  static auto* parser = new PyParser(lede::ParseOptions());
  return *parser;
}

py::object Stream(const lede::ParseOptions& options, py::handle iterable,
                  py::handle threads, bool as_dict,
                  ParseStream::Inputs inputs) {
  return py::cast(std::make_unique<ParseStream>(
      options, iterable, ThreadCount(threads), as_dict, inputs));
}

}  // namespace
}  // namespace lede_python

PYBIND11_MODULE(_lede, m) {
  namespace py = pybind11;
  using lede_python::Converter;
  using lede_python::PyArticle;
  using lede_python::PyParser;

  m.doc() = "The native half of lede; import lede instead.";
  m.attr("__version__") = std::string(lede::Version());
  lede_python::AddDateApi(m);

  // Article ------------------------------------------------------------------
  py::class_<PyArticle>(m, "Article", R"doc(
An article's metadata, from lede.parse(), a Parser, parse_many() or
parse_files().

It owns a copy of its text and of every value. Offsets are character offsets
into the str that was parsed, or byte offsets into the bytes (and for files).
Attributes build new Python objects on each access.)doc")
      .def_readonly("source", &PyArticle::source,
                    "The path the article was read from (parse_files), or "
                    "None.")
      .def_property_readonly(
          "offset_unit",
          [](const PyArticle& a) { return a.is_str ? "characters" : "bytes"; },
          "'characters' for str input, 'bytes' for bytes and files.")
      .def_property_readonly(
          "format",
          [](const PyArticle& a) {
            return std::string(lede::DocumentFormatName(a.article->format));
          },
          "How the body was read: 'plain' or 'markdown'.")
      .def_property_readonly(
          "header_style",
          [](const PyArticle& a) {
            return std::string(lede::HeaderStyleName(a.article->header_style));
          },
          "'none', 'inline_date', 'key_value', 'yaml', 'toml' or "
          "'date_lines'.")
      .def_property_readonly(
          "header_offset",
          [](const PyArticle& a) { return a.Offset(a.article->header_offset); },
          "Where the header starts (0, or after nothing).")
      .def_property_readonly(
          "header_length",
          [](const PyArticle& a) {
            return a.Length(a.article->header_offset, a.article->header_length);
          },
          "The header's length; 0 when there is none.")
      .def_property_readonly(
          "body_offset",
          [](const PyArticle& a) { return a.Offset(a.article->body_offset); },
          "Where the body starts.")
      .def_property_readonly(
          "headers",
          [](const PyArticle& a) {
            return Converter(a).Headers(a.article->headers);
          },
          "The header or front-matter fields in input order, duplicates "
          "kept: a list of HeaderField.")
      .def(
          "header",
          [](const PyArticle& a, const std::string& key) -> py::object {
            const lede::HeaderField* field = a.article->FindHeader(key);
            if (field == nullptr) return py::none();
            return Converter(a).Header(*field);
          },
          py::arg("key"),
          "The first HeaderField whose key equals `key` ignoring ASCII case, "
          "or None.")
      .def_property_readonly(
          "date",
          [](const PyArticle& a) {
            return lede_python::OptionalDate(a.article->date);
          },
          "The published date (a lede.Date), or None.")
      .def_property_readonly(
          "date_text",
          [](const PyArticle& a) {
            return Converter(a).Span(a.article->date_text);
          },
          "The date's text in the input (a Span), or None.")
      .def_property_readonly(
          "updated",
          [](const PyArticle& a) {
            return lede_python::OptionalDate(a.article->updated);
          },
          "The updated/modified date (a lede.Date), or None.")
      .def_property_readonly(
          "updated_text",
          [](const PyArticle& a) {
            return Converter(a).Span(a.article->updated_text);
          },
          "The updated date's text (a Span), or None.")
      .def_property_readonly(
          "title",
          [](const PyArticle& a) {
            return Converter(a).Span(a.article->title);
          },
          "The title (a Span), or None.")
      .def_property_readonly(
          "title_heading",
          [](const PyArticle& a) {
            return Converter(a).Span(a.article->title_heading);
          },
          "The body line read as the title and left out of the sections (a "
          "Span), or None.")
      .def_property_readonly(
          "byline",
          [](const PyArticle& a) {
            return Converter(a).Byline(a.article->byline);
          },
          "The byline (a Byline with text and authors), or None.")
      .def_property_readonly(
          "authors",
          [](const PyArticle& a) {
            return Converter(a).Authors(a.article->byline);
          },
          "The byline's authors: a list of Author (name, role).")
      .def_property_readonly(
          "dateline",
          [](const PyArticle& a) {
            return Converter(a).Dateline(a.article->dateline);
          },
          "The wire dateline (a Dateline: text, place, date_text, source), "
          "or None.")
      .def_property_readonly(
          "tags",
          [](const PyArticle& a) {
            return Converter(a).Spans(a.article->tags);
          },
          "The tags or keywords: a list of Span.")
      .def_property_readonly(
          "lead",
          [](const PyArticle& a) { return Converter(a).Span(a.article->lead); },
          "The first paragraph after any dateline (a Span), or None.")
      .def_property_readonly(
          "sections",
          [](const PyArticle& a) {
            return Converter(a).Sections(a.article->sections);
          },
          "The sections: a list of Section (heading, level, offset, length, "
          "blocks).")
      .def_property_readonly(
          "stats",
          [](const PyArticle& a) {
            return Converter(a).Stats(a.article->stats);
          },
          "Counts over the body (a Stats); stats.bytes counts UTF-8 bytes.")
      .def_property_readonly(
          "warnings",
          [](const PyArticle& a) {
            return Converter(a).Warnings(a.article->warnings);
          },
          "Soft problems found: a list of Warning (code, offset, message).")
      .def("to_dict", &lede_python::ArticleDict, R"doc(
The article as the dict `lede parse` prints as JSON for the same input.

For bytes input it equals json.loads of the command's line without its
"source" key; for str input every offset and length is in characters. An
article from parse_files() keeps "source", the path.)doc")
      .def("__repr__", &lede_python::ArticleRepr);

  // Iterators and parsers ---------------------------------------------------
  py::class_<lede_python::ParseStream>(m, "ArticleIterator", R"doc(
Results of parse_many() or parse_files(), in input order, parsed ahead on
native threads without the GIL.)doc")
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &lede_python::ParseStream::Next);

  py::class_<PyParser>(m, "Parser", R"doc(
Parser(**options): a reusable article parser; it keeps its buffers from one
parse to the next. Options as lede.parse(). Safe to share between threads
(a thread that finds it busy parses with a fresh parser).)doc")
      .def(py::init([](const py::kwargs& kwargs) {
             return std::make_unique<PyParser>(
                 lede_python::ParseOptionsFrom(kwargs));
           }),
           "Makes a parser with the given options.")
      .def("parse", &lede_python::ParseText, py::arg("text"),
           "Parses one article (str or bytes) into a lede.Article.")
      .def(
          "parse_many",
          [](PyParser& self, py::handle texts, py::handle threads,
             bool as_dict) {
            return lede_python::Stream(
                self.options, texts, threads, as_dict,
                lede_python::ParseStream::Inputs::kTexts);
          },
          py::arg("texts"), py::kw_only(), py::arg("threads") = py::none(),
          py::arg("as_dict") = false,
          "As lede.parse_many(), with this "
          "parser's options.")
      .def(
          "parse_files",
          [](PyParser& self, py::handle paths, py::handle threads,
             bool as_dict) {
            return lede_python::Stream(
                self.options, paths, threads, as_dict,
                lede_python::ParseStream::Inputs::kFiles);
          },
          py::arg("paths"), py::kw_only(), py::arg("threads") = py::none(),
          py::arg("as_dict") = false,
          "As lede.parse_files(), with this "
          "parser's options.");

  // Functions ----------------------------------------------------------------
  m.def(
      "parse",
      [](py::handle text, const py::kwargs& kwargs) {
        if (kwargs.empty()) {
          return lede_python::ParseText(lede_python::DefaultParser(), text);
        }
        PyParser parser(lede_python::ParseOptionsFrom(kwargs));
        return lede_python::ParseText(parser, text);
      },
      py::arg("text"), R"doc(
parse(text, **options) -> lede.Article

Parses one article, given as str or bytes. Offsets in the result are
character offsets for str and byte offsets for bytes. Raises lede.ParseError
only when the input exceeds a cap with on_limit="error".

Options (keywords): format ("auto", "plain", "markdown"), day_first,
allow_two_digit_year, languages (codes, e.g. ["en", "fr"]),
allow_weekday_mismatch, unix_timestamps, default_zone (an IANA name),
max_input_bytes, max_header_bytes, max_blocks, max_sections, max_warnings,
on_limit ("truncate", "error"), words_per_minute,
cjk_characters_per_minute.)doc");

  m.def(
      "parse_many",
      [](py::handle texts, py::handle threads, bool as_dict,
         const py::kwargs& kwargs) {
        return lede_python::Stream(lede_python::ParseOptionsFrom(kwargs), texts,
                                   threads, as_dict,
                                   lede_python::ParseStream::Inputs::kTexts);
      },
      py::arg("texts"), py::kw_only(), py::arg("threads") = py::none(),
      py::arg("as_dict") = false, R"doc(
parse_many(texts, *, threads=None, as_dict=False, **options) -> iterator

Parses an iterable of str/bytes on `threads` native threads (None or 0: the
machine's cores) with the GIL released, yielding lede.Article objects (or
their to_dict() when as_dict=True) in input order. Inputs are read ahead a
bounded window at a time. Options as parse().)doc");

  m.def(
      "parse_files",
      [](py::handle paths, py::handle threads, bool as_dict,
         const py::kwargs& kwargs) {
        return lede_python::Stream(lede_python::ParseOptionsFrom(kwargs), paths,
                                   threads, as_dict,
                                   lede_python::ParseStream::Inputs::kFiles);
      },
      py::arg("paths"), py::kw_only(), py::arg("threads") = py::none(),
      py::arg("as_dict") = false, R"doc(
parse_files(paths, *, threads=None, as_dict=False, **options) -> iterator

As parse_many(), for files: the worker threads read them too. Each result
has its path as source (and as "source" in the dict); offsets are bytes. A
file that cannot be read raises OSError when its turn comes.)doc");
}
