// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// TOML front matter: top-level `key = value` lines read as fields; a
// "[table]" or "[[array]]" is one field holding its lines raw. Unterminated
// strings and arrays take the rest of the front matter as raw text, so that
// every byte is looked at a bounded number of times.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "src/internal/header/fields.h"
#include "src/internal/header/front_matter.h"
#include "src/internal/header/scalar_type.h"

namespace lede {
namespace internal {
namespace header_util {
namespace {

constexpr std::size_t kNotFound = std::string_view::npos;

bool IsSpace(char c) { return IsBlank(c) || HasClass(c, kLineEndByte); }

bool StartsWith(std::string_view input, std::size_t at, std::size_t end,
                std::string_view prefix) {
  return at <= end && end - at >= prefix.size() &&
         input.substr(at, prefix.size()) == prefix;
}

// A string token: the quote that opens it at `open`, the content
// [content_begin, content_end), and the byte after the closing quote.
struct StringToken {
  bool basic = true;       // "..." (escapes) rather than '...'
  bool multiline = false;  // """...""" or '''...'''
  std::size_t content_begin = 0;
  std::size_t content_end = 0;
  std::size_t end = 0;
};

// Reads the string that opens at input[open] (a '"' or '\''), closing before
// `limit` (single-line strings close before the line's end). Returns false
// when it is not closed.
bool ReadString(std::string_view input, std::size_t open, std::size_t limit,
                StringToken* out) {
  const char quote = input[open];
  out->basic = quote == '"';
  const std::string_view triple = out->basic ? "\"\"\"" : "'''";
  out->multiline = StartsWith(input, open, limit, triple);
  std::size_t i = open + (out->multiline ? 3 : 1);
  out->content_begin = i;
  for (; i < limit; ++i) {
    const char c = input[i];
    if (out->basic && c == '\\') {
      ++i;
      continue;
    }
    if (!out->multiline && HasClass(c, kLineEndByte)) return false;
    if (c != quote) continue;
    if (!out->multiline) {
      out->content_end = i;
      out->end = i + 1;
      return true;
    }
    if (StartsWith(input, i, limit, triple)) {
      // Up to two more quotes belong to the content ("""a""""").
      std::size_t close = i;
      while (close + 3 < limit && input[close + 3] == quote && close - i < 2) {
        ++close;
      }
      out->content_end = close;
      out->end = close + 3;
      return true;
    }
  }
  return false;
}

// TOML's basic-string escapes; a backslash that ends a line (blanks may
// follow it) drops the break and the white space after it.
constexpr EscapeTable MakeTomlEscapes() {
  EscapeTable table;
  table.SetAll(EscapeKind::kJoinAfterBlanks);
  constexpr struct {
    char escape;
    char byte;
  } kBytes[] = {{'b', '\b'}, {'t', '\t'},   {'n', '\n'}, {'f', '\f'},
                {'r', '\r'}, {'e', '\x1B'}, {'"', '"'},  {'\\', '\\'}};
  for (const auto& entry : kBytes) {
    table.Set(entry.escape, EscapeKind::kByte,
              static_cast<unsigned char>(entry.byte));
  }
  table.Set('u', EscapeKind::kHex, 4);
  table.Set('U', EscapeKind::kHex, 8);
  return table;
}

constexpr EscapeTable kTomlEscapes = MakeTomlEscapes();

// Writes the TOML escape at text[at] (the byte after '\\'); returns the index
// after it.
std::size_t PutEscape(std::string_view text, std::size_t at,
                      ScratchWriter* writer) {
  return PutBackslashEscape(text, at, kTomlEscapes, writer);
}

// The value of a string token: a view of its content, or its unescaped
// content in the scratch when a basic string holds a backslash. A newline
// right after the opening quotes of a multi-line string is not content.
TextSpan StringValue(FieldSink* sink, std::size_t open,
                     const StringToken& token) {
  const std::string_view input = sink->input();
  std::size_t begin = token.content_begin;
  if (token.multiline) {
    if (StartsWith(input, begin, token.content_end, "\r\n")) {
      begin += 2;
    } else if (begin < token.content_end &&
               HasClass(input[begin], kLineEndByte)) {
      ++begin;
    }
  }
  TextSpan span = sink->Span(open, token.end);
  const std::string_view content =
      input.substr(begin, token.content_end - begin);
  span.text = content;
  if (!token.basic || content.find('\\') == std::string_view::npos) {
    return span;
  }
  ScratchWriter writer(&sink->state()->scratch);
  if (!writer.Fits(content.size())) return span;
  std::size_t i = 0;
  while (i < content.size()) {
    if (content[i] == '\\') {
      i = PutEscape(content, i + 1, &writer);
    } else {
      writer.Put(content[i]);
      ++i;
    }
  }
  span.text = writer.Text();
  return span;
}

// Skips blanks, line breaks and "#" comments from `at`.
std::size_t SkipSpaceAndComments(std::string_view input, std::size_t at,
                                 std::size_t end) {
  while (at < end) {
    if (IsSpace(input[at])) {
      ++at;
    } else if (input[at] == '#') {
      while (at < end && !HasClass(input[at], kLineEndByte)) ++at;
    } else {
      break;
    }
  }
  return at;
}

// Returns the end of a bare value (number, date, boolean) at `at`: before a
// comment or the line's end, trailing blanks dropped.
std::size_t BareEnd(std::string_view input, std::size_t at, std::size_t end,
                    bool in_array) {
  std::size_t i = at;
  while (i < end && !HasClass(input[i], kLineEndByte) && input[i] != '#' &&
         !(in_array && (input[i] == ',' || input[i] == ']'))) {
    ++i;
  }
  while (i > at && IsBlank(input[i - 1])) --i;
  return i;
}

// Returns the index after the array or inline table that opens at `open`
// (its closing bracket included), or kNotFound before `end`. Strings and
// comments are skipped; nesting is a counter.
std::size_t FindArrayEnd(std::string_view input, std::size_t open,
                         std::size_t end) {
  std::size_t depth = 0;
  std::size_t i = open;
  while (i < end) {
    const char c = input[i];
    if (c == '"' || c == '\'') {
      StringToken token;
      if (!ReadString(input, i, end, &token)) return kNotFound;
      i = token.end;
      continue;
    }
    if (c == '#') {
      i = SkipSpaceAndComments(input, i, end);
      continue;
    }
    if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) return i + 1;
    }
    ++i;
  }
  return kNotFound;
}

// Adds the items of the array [open, close): strings unquoted, nested arrays
// and tables raw, bare values trimmed.
void AddArrayItems(FieldSink* sink, std::size_t open, std::size_t close) {
  const std::string_view input = sink->input();
  const std::size_t last = close - 1;  // the ']'
  std::size_t i = open + 1;
  while (true) {
    i = SkipSpaceAndComments(input, i, last);
    if (i >= last) break;
    const char c = input[i];
    StringToken token;
    if ((c == '"' || c == '\'') && ReadString(input, i, last, &token)) {
      sink->AddItem(StringValue(sink, i, token));
      i = token.end;
    } else if (c == '[' || c == '{') {
      std::size_t end = FindArrayEnd(input, i, last);
      if (end == kNotFound) end = last;
      sink->AddItem(sink->Span(i, end));
      i = end;
    } else {
      const std::size_t end = BareEnd(input, i, last, /*in_array=*/true);
      if (end > i) sink->AddItem(sink->Span(i, end));
      i = end > i ? end : i + 1;
    }
    i = SkipSpaceAndComments(input, i, last);
    if (i < last && input[i] == ',') ++i;
    // Anything else up to the next comma is junk: skip it.
    while (i < last && input[i] != ',' && !IsSpace(input[i]) &&
           input[i] != '#' && input[i] != '"' && input[i] != '\'' &&
           input[i] != '[' && input[i] != '{') {
      ++i;
    }
  }
}

// Returns the key of a `key = value` line and sets `*equals` to the '='.
bool FindKey(FieldSink* sink, std::size_t begin, std::size_t end, TextSpan* key,
             std::size_t* equals) {
  const std::string_view input = sink->input();
  std::size_t i = begin;
  while (i < end && input[i] != '=') {
    if (input[i] == '"' || input[i] == '\'') {
      StringToken token;
      if (!ReadString(input, i, end, &token)) return false;
      i = token.end;
    } else {
      ++i;
    }
  }
  if (i >= end) return false;
  *equals = i;
  std::size_t key_end = i;
  while (key_end > begin && IsBlank(input[key_end - 1])) --key_end;
  if (key_end == begin) return false;
  *key = sink->Span(begin, key_end);
  const char first = input[begin];
  StringToken token;
  if ((first == '"' || first == '\'') &&
      ReadString(input, begin, key_end, &token) && token.end == key_end) {
    *key = StringValue(sink, begin, token);
  }
  return true;
}

}  // namespace

void ReadTomlFrontMatter(FieldSink* sink, std::size_t begin, std::size_t end) {
  const std::string_view input = sink->input();
  std::size_t pos = begin;
  while (pos < end) {
    const Line line = LineAt(input, pos);
    pos = line.next;
    std::size_t first = line.begin;
    while (first < line.end && IsBlank(input[first])) ++first;
    if (first >= line.end || input[first] == '#') continue;

    if (input[first] == '[') {
      // A table: one field, its lines raw, up to the next table.
      std::size_t name_begin = first + 1;
      if (name_begin < line.end && input[name_begin] == '[') ++name_begin;
      std::size_t name_end = name_begin;
      while (name_end < line.end && input[name_end] != ']') ++name_end;
      const std::string_view name =
          TrimBlanks(input.substr(name_begin, name_end - name_begin));
      const std::size_t key_at =
          static_cast<std::size_t>(name.data() - input.data());
      std::size_t body_begin = kNotFound;
      std::size_t body_end = line.end;
      while (pos < end) {
        const Line more = LineAt(input, pos);
        if (more.begin < more.end && input[more.begin] == '[') break;
        if (!IsBlankLine(input, more)) {
          if (body_begin == kNotFound) body_begin = more.begin;
          body_end = more.end;
        }
        pos = more.next;
      }
      if (body_begin == kNotFound) body_begin = body_end;
      sink->AddPlainField(sink->Span(key_at, key_at + name.size()),
                          sink->Span(body_begin, body_end));
      continue;
    }

    TextSpan key;
    std::size_t equals = 0;
    if (!FindKey(sink, first, line.end, &key, &equals)) continue;
    std::size_t value_begin = equals + 1;
    while (value_begin < line.end && IsBlank(input[value_begin])) {
      ++value_begin;
    }
    const std::size_t items_begin = sink->NextItem();
    if (value_begin >= line.end) {
      sink->AddField(key, sink->Span(value_begin, value_begin), items_begin,
                     /*is_list=*/false);
      continue;
    }
    const char c = input[value_begin];
    TextSpan value;
    bool is_list = false;
    ValueType type = ValueType::kString;
    std::size_t value_end = kNotFound;  // past the value, when it spans lines
    if (c == '"' || c == '\'') {
      StringToken token;
      if (ReadString(input, value_begin, end, &token)) {
        value = StringValue(sink, value_begin, token);
        value_end = token.end;
      } else if (StartsWith(input, value_begin, end,
                            c == '"' ? "\"\"\"" : "'''")) {
        // An unterminated multi-line string: the rest is its raw text.
        value = sink->Span(value_begin, end);
        value_end = end;
      } else {
        // An unterminated string: the rest of the line, raw.
        value = sink->Span(value_begin,
                           BareEnd(input, value_begin, line.end, false));
      }
    } else if (c == '[' || c == '{') {
      const std::size_t close = FindArrayEnd(input, value_begin, end);
      if (close == kNotFound) {
        value = sink->Span(value_begin, end);
        value_end = end;
      } else {
        if (c == '[') {
          AddArrayItems(sink, value_begin, close);
          is_list = true;
        }
        value = sink->Span(value_begin, close);
        value_end = close;
      }
    } else {
      value =
          sink->Span(value_begin, BareEnd(input, value_begin, line.end, false));
      type = ClassifyScalar(value.text, ScalarSyntax::kToml);
    }
    if (value_end != kNotFound && value_end > line.end) {
      pos = value_end >= end ? end : LineAt(input, value_end).next;
    }
    sink->AddField(key, value, items_begin, is_list);
    sink->SetLastFieldType(type);
  }
}

}  // namespace header_util
}  // namespace internal
}  // namespace lede
