// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The pieces of the Python binding that both the module and the parallel
// stream use: reading a Python str or bytes without a copy, converting byte
// offsets to character offsets, the owned article behind a `lede.Article`,
// and the one function that writes an article's JSON.

#ifndef LEDE_PYTHON_SRC_ARTICLE_OBJECT_H_
#define LEDE_PYTHON_SRC_ARTICLE_OBJECT_H_

#include <pybind11/pybind11.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/article.h"

namespace lede_python {

namespace py = pybind11;

// InputText
//
// The bytes of an article or date handed over from Python.
// Lifetime: `bytes` points into the Python object it was read from (a
// bytes object's buffer, or a str's cached UTF-8 form, which the str keeps
// until it dies); valid while that object is alive. Both are immutable.
struct InputText {
  std::string_view bytes;
  bool is_str = false;
  // True when offsets in characters equal offsets in bytes (bytes input, or
  // a str of ASCII only).
  bool ascii = true;
};

// ReadInput()
//
// Returns the bytes of `obj`, a str (its UTF-8 form) or bytes, without
// copying. Throws TypeError for anything else, and UnicodeEncodeError for a
// str with lone surrogates (it has no UTF-8 form).
// Lifetime: points into `obj`; valid while `obj` is alive.
InputText ReadInput(py::handle obj);

// CharOffsets
//
// Converts byte offsets into a UTF-8 text into character (code point)
// offsets. Built in one pass that stores the number of characters before
// every 64-byte block, so that a conversion counts at most 63 bytes; an
// identity map (no table) for ASCII text.
class CharOffsets {
 public:
  // The identity: offsets are already in the caller's unit.
  CharOffsets() = default;
  // Builds the table for `text`, which must be the text later passed to
  // Convert().
  explicit CharOffsets(std::string_view text);

  [[nodiscard]] bool identity() const { return blocks_.empty(); }

  // CharOffsets::Convert()
  //
  // Returns the number of characters in `text` before byte `byte` (clamped
  // to the text's size): the number of bytes that do not continue a UTF-8
  // sequence.
  [[nodiscard]] std::size_t Convert(std::string_view text,
                                    std::size_t byte) const;

 private:
  std::vector<std::size_t> blocks_;
};

// PyArticle
//
// What a `lede.Article` holds: an owning copy of the metadata (and of the
// input), so no Python object can reach a freed buffer, and how to present
// its offsets.
struct PyArticle {
  PyArticle(lede::Article owned, bool str_input,
            std::optional<std::string> path)
      : article(std::move(owned)), is_str(str_input), source(std::move(path)) {}

  lede::Article article;
  // Character offsets for a non-ASCII str input; identity otherwise.
  CharOffsets chars;
  bool is_str = false;
  // The path the article was read from (parse_files), or none.
  std::optional<std::string> source;

  // Offset in the unit of the input (characters for str, bytes for bytes).
  [[nodiscard]] std::size_t Offset(std::size_t byte) const {
    return chars.identity() ? byte : chars.Convert(article->input, byte);
  }
  [[nodiscard]] std::size_t Length(std::size_t byte, std::size_t length) const {
    return chars.identity() ? length : Offset(byte + length) - Offset(byte);
  }
};

// MakeArticle()
//
// Copies `view` into a new PyArticle; builds the character-offset table when
// the input was a str with non-ASCII characters. Needs no GIL.
std::unique_ptr<PyArticle> MakeArticle(const lede::ArticleView& view,
                                       const InputText& input,
                                       std::optional<std::string> source);

// AppendArticleJson()
//
// Appends the library's JSON object for `view` (as `lede parse` prints it)
// with `source` as its source. The one place the binding writes JSON, so a
// change of the JSON API is a change here only. Needs no GIL.
void AppendArticleJson(const lede::ArticleView& view, std::string_view source,
                       std::string* out);

// JsonToDict()
//
// Returns json.loads(`json`), with every "offset" (and the "length" beside
// it) converted by `chars` over `text`, and without its "source" key unless
// `keep_source`. Needs the GIL.
py::object JsonToDict(std::string_view json, const CharOffsets& chars,
                      std::string_view text, bool keep_source);

// ModelType()
//
// Returns the class `name` of the pure-Python module lede._model (Span,
// Section, DateError, ...), imported once; a borrowed handle that stays valid
// for the life of the process.
py::handle ModelType(const char* name);

// ThrowParseError()
//
// Raises lede.ParseError with the status's message.
[[noreturn]] void ThrowParseError(const absl::Status& status);

}  // namespace lede_python

#endif  // LEDE_PYTHON_SRC_ARTICLE_OBJECT_H_
