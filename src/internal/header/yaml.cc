// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// YAML front matter, the subset articles use: one level of `key: value`, with
// scalars, inline lists and block lists read, and everything else kept as the
// raw text of its key. Each line is looked at a bounded number of times.

#include <algorithm>
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

// Returns the index of the '"' closing a double-quoted scalar whose content
// starts at `at`, or kNotFound before `end`.
std::size_t FindDoubleQuoteEnd(std::string_view input, std::size_t at,
                               std::size_t end) {
  for (std::size_t i = at; i < end; ++i) {
    if (input[i] == '\\') {
      ++i;
    } else if (input[i] == '"') {
      return i;
    }
  }
  return kNotFound;
}

// Returns the index of the '\'' closing a single-quoted scalar whose content
// starts at `at` ("''" is a quote inside it), or kNotFound.
std::size_t FindSingleQuoteEnd(std::string_view input, std::size_t at,
                               std::size_t end) {
  for (std::size_t i = at; i < end; ++i) {
    if (input[i] != '\'') continue;
    if (i + 1 < end && input[i + 1] == '\'') {
      ++i;
    } else {
      return i;
    }
  }
  return kNotFound;
}

bool HasAnyOf(std::string_view text, std::string_view bytes) {
  return text.find_first_of(bytes) != std::string_view::npos;
}

// YAML's double-quoted escapes.
constexpr EscapeTable MakeYamlEscapes() {
  EscapeTable table;
  constexpr struct {
    char escape;
    char byte;
  } kBytes[] = {{'0', '\0'},  {'a', '\a'},   {'b', '\b'}, {'t', '\t'},
                {'\t', '\t'}, {'n', '\n'},   {'v', '\v'}, {'f', '\f'},
                {'r', '\r'},  {'e', '\x1B'}, {' ', ' '},  {'"', '"'},
                {'/', '/'},   {'\\', '\\'}};
  for (const auto& entry : kBytes) {
    table.Set(entry.escape, EscapeKind::kByte,
              static_cast<unsigned char>(entry.byte));
  }
  table.Set('N', EscapeKind::kCodePoint, 0x85);
  table.Set('_', EscapeKind::kCodePoint, 0xA0);
  table.Set('L', EscapeKind::kCodePoint, 0x2028);
  table.Set('P', EscapeKind::kCodePoint, 0x2029);
  table.Set('x', EscapeKind::kHex, 2);
  table.Set('u', EscapeKind::kHex, 4);
  table.Set('U', EscapeKind::kHex, 8);
  table.Set('\r', EscapeKind::kJoinLines);
  table.Set('\n', EscapeKind::kJoinLines);
  return table;
}

constexpr EscapeTable kYamlEscapes = MakeYamlEscapes();

// Writes the YAML escape at text[at] (the byte after '\\'); returns the index
// after it.
std::size_t PutEscape(std::string_view text, std::size_t at,
                      ScratchWriter* writer) {
  return PutBackslashEscape(text, at, kYamlEscapes, writer);
}

// The scalar quoted by input[open] and input[close]: its text is the content,
// unescaped into the scratch only when it holds escapes, doubled quotes or
// line breaks; its source is the whole quoted token.
TextSpan QuotedScalar(FieldSink* sink, std::size_t open, std::size_t close) {
  const std::string_view input = sink->input();
  TextSpan span = sink->Span(open, close + 1);
  const std::string_view content = input.substr(open + 1, close - open - 1);
  span.text = content;
  const bool double_quoted = input[open] == '"';
  if (!HasAnyOf(content, double_quoted ? "\\\r\n" : "'\r\n")) return span;
  ScratchWriter writer(&sink->state()->scratch);
  if (!writer.Fits(content.size() + content.size() / 2 + 4)) return span;
  std::size_t i = 0;
  while (i < content.size()) {
    const char c = content[i];
    if (HasClass(c, kLineEndByte)) {
      i = FoldBreak(content, i, &writer);
    } else if (double_quoted && c == '\\') {
      i = PutEscape(content, i + 1, &writer);
    } else if (!double_quoted && c == '\'' && i + 1 < content.size() &&
               content[i + 1] == '\'') {
      writer.Put('\'');
      i += 2;
    } else {
      writer.Put(c);
      ++i;
    }
  }
  span.text = writer.Text();
  return span;
}

// Returns [begin, end) without blanks and line breaks around it.
void TrimSpaces(std::string_view input, std::size_t* begin, std::size_t* end) {
  while (*begin < *end && IsSpace(input[*begin])) ++*begin;
  while (*end > *begin && IsSpace(input[*end - 1])) --*end;
}

// A plain scalar in [begin, end): up to a " #" comment, trimmed, its line
// breaks folded (into the scratch) when it spans lines.
TextSpan PlainScalar(FieldSink* sink, std::size_t begin, std::size_t end) {
  const std::string_view input = sink->input();
  for (std::size_t i = begin + 1; i < end; ++i) {
    if (input[i] == '#' && IsSpace(input[i - 1])) {
      end = i;
      break;
    }
  }
  TrimSpaces(input, &begin, &end);
  TextSpan span = sink->Span(begin, end);
  if (!HasAnyOf(span.text, "\r\n")) return span;
  ScratchWriter writer(&sink->state()->scratch);
  if (!writer.Fits(span.length)) return span;
  FoldLines(span.text, &writer);
  span.text = writer.Text();
  return span;
}

// A block scalar (YAML 1.2, 8.1): `header` is the index of its '|' or '>',
// then an optional indentation digit and chomping indicator ('-' strip, '+'
// keep, else clip) in either order; its lines are those of [lines, lines_end).
// The content indentation is the digit or the first non-empty line's; '|'
// keeps the line breaks, '>' folds a break between two lines of text into a
// space (empty lines between them give one "\n" each; a more-indented line
// keeps its breaks). Sets `value->text` to the scalar, written to the scratch
// (a block scalar is not contiguous in the input), leaving `value`'s source
// span as it is. Returns false, leaving `value` unchanged, when the scratch
// has no room.
// Lifetime: `value->text` is valid until the next Parse() on the parser.
bool BlockScalar(FieldSink* sink, std::size_t header, std::size_t lines,
                 std::size_t lines_end, TextSpan* value) {
  const std::string_view input = sink->input();
  const bool folded = input[header] == '>';
  int indent = 0;
  char chomp = 0;
  for (std::size_t i = header + 1; i < header + 3 && i < input.size(); ++i) {
    const char c = input[i];
    if (c >= '1' && c <= '9' && indent == 0) {
      indent = c - '0';
    } else if ((c == '-' || c == '+') && chomp == 0) {
      chomp = c;
    } else {
      break;
    }
  }
  ScratchWriter writer(&sink->state()->scratch);
  if (!writer.Fits(lines_end - lines + 1)) return false;
  int pending = 0;  // empty lines since the last line of text
  bool started = false;
  bool previous_more = false;
  std::size_t pos = lines;
  while (pos < lines_end) {
    const Line line = LineAt(input, pos);
    std::size_t spaces = 0;
    while (line.begin + spaces < line.end &&
           input[line.begin + spaces] == ' ') {
      ++spaces;
    }
    const std::string_view rest =
        input.substr(line.begin + spaces, line.end - line.begin - spaces);
    const bool empty =
        TrimBlanks(rest).empty() &&
        (indent == 0 || spaces < static_cast<std::size_t>(indent));
    if (empty) {
      ++pending;
      pos = line.next;
      continue;
    }
    if (indent == 0) {
      if (spaces == 0) break;
      indent = static_cast<int>(spaces);
    }
    if (spaces < static_cast<std::size_t>(indent)) break;
    const std::string_view text =
        input.substr(line.begin + static_cast<std::size_t>(indent),
                     line.end - line.begin - static_cast<std::size_t>(indent));
    const bool more = folded && !text.empty() && IsBlank(text[0]);
    if (started) {
      int breaks = 1 + pending;
      if (folded && !more && !previous_more) {
        if (pending == 0) {
          writer.Put(' ');
          breaks = 0;
        } else {
          breaks = pending;
        }
      }
      for (int b = 0; b < breaks; ++b) writer.Put('\n');
    } else {
      // Empty lines before the first line of text are line breaks.
      for (int b = 0; b < pending; ++b) writer.Put('\n');
    }
    writer.Put(text);
    started = true;
    previous_more = more;
    pending = 0;
    pos = line.next;
  }
  if (chomp == '+') {
    if (started) writer.Put('\n');
    for (int b = 0; b < pending; ++b) writer.Put('\n');
  } else if (chomp == 0 && started) {
    writer.Put('\n');
  }
  value->text = writer.Text();
  return true;
}

// One scalar of a list, in [begin, end): quoted or plain.
TextSpan ItemScalar(FieldSink* sink, std::size_t begin, std::size_t end) {
  const std::string_view input = sink->input();
  TrimSpaces(input, &begin, &end);
  if (begin < end && (input[begin] == '"' || input[begin] == '\'')) {
    const std::size_t close = input[begin] == '"'
                                  ? FindDoubleQuoteEnd(input, begin + 1, end)
                                  : FindSingleQuoteEnd(input, begin + 1, end);
    if (close != kNotFound) return QuotedScalar(sink, begin, close);
  }
  return PlainScalar(sink, begin, end);
}

// Returns the index of the ']' closing the flow sequence opened at `open`,
// or kNotFound before `end`. Nested brackets and braces and quoted scalars
// are skipped; depth is a counter, not recursion.
std::size_t FindFlowEnd(std::string_view input, std::size_t open,
                        std::size_t end) {
  std::size_t depth = 0;
  for (std::size_t i = open; i < end; ++i) {
    const char c = input[i];
    if (c == '"' || c == '\'') {
      const std::size_t close = c == '"'
                                    ? FindDoubleQuoteEnd(input, i + 1, end)
                                    : FindSingleQuoteEnd(input, i + 1, end);
      if (close == kNotFound) return kNotFound;
      i = close;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) return c == ']' ? i : kNotFound;
    }
  }
  return kNotFound;
}

// Adds the items of the flow sequence [open, close]: split at the commas of
// its top level.
void AddFlowItems(FieldSink* sink, std::size_t open, std::size_t close) {
  const std::string_view input = sink->input();
  std::size_t depth = 0;
  std::size_t item = open + 1;
  for (std::size_t i = open + 1; i <= close; ++i) {
    const char c = input[i];
    if (c == '"' || c == '\'') {
      const std::size_t quote_end =
          c == '"' ? FindDoubleQuoteEnd(input, i + 1, close)
                   : FindSingleQuoteEnd(input, i + 1, close);
      if (quote_end != kNotFound) i = quote_end;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    } else if ((c == ',' && depth == 0) || i == close) {
      std::size_t begin = item;
      std::size_t end = i;
      TrimSpaces(input, &begin, &end);
      if (begin < end) {
        if (input[begin] == '[' || input[begin] == '{') {
          sink->AddItem(sink->Span(begin, end));
        } else {
          sink->AddItem(ItemScalar(sink, begin, end));
        }
      }
      item = i + 1;
    }
  }
}

// Adds the items of the block list whose lines are [begin, end): "- item"
// lines at the first item's indentation; other lines extend the item before
// them.
void AddBlockItems(FieldSink* sink, std::size_t begin, std::size_t end) {
  const std::string_view input = sink->input();
  std::size_t indent = kNotFound;
  std::size_t item_begin = kNotFound;
  std::size_t item_end = 0;
  std::size_t pos = begin;
  while (pos > 0 && IsBlank(input[pos - 1])) --pos;  // the line's start
  while (pos < end) {
    const Line line = LineAt(input, pos);
    pos = line.next;
    std::size_t first = line.begin;
    while (first < line.end && IsBlank(input[first])) ++first;
    if (first >= line.end || input[first] == '#') continue;
    const bool dash = input[first] == '-' &&
                      (first + 1 == line.end || IsBlank(input[first + 1]));
    if (indent == kNotFound && dash) indent = first - line.begin;
    if (dash && first - line.begin == indent) {
      if (item_begin != kNotFound) {
        sink->AddItem(ItemScalar(sink, item_begin, item_end));
      }
      item_begin = first + 1;
    }
    item_end = std::min(line.end, end);
  }
  if (item_begin != kNotFound) {
    sink->AddItem(ItemScalar(sink, item_begin, item_end));
  }
}

bool IsDashLine(std::string_view input, const Line& line) {
  return line.begin < line.end && input[line.begin] == '-' &&
         (line.begin + 1 == line.end || IsBlank(input[line.begin + 1]));
}

// Finds the key of a top-level line: `key: ` or `"key": `. Sets the key's
// span and the first byte after the ':'.
bool FindKey(FieldSink* sink, const Line& line, TextSpan* key,
             std::size_t* after_colon) {
  const std::string_view input = sink->input();
  std::size_t colon = kNotFound;
  std::size_t key_begin = line.begin;
  std::size_t key_end = line.begin;
  const char first = input[line.begin];
  if (first == '"' || first == '\'') {
    const std::size_t close =
        first == '"' ? FindDoubleQuoteEnd(input, line.begin + 1, line.end)
                     : FindSingleQuoteEnd(input, line.begin + 1, line.end);
    if (close == kNotFound) return false;
    key_begin = line.begin + 1;
    key_end = close;
    std::size_t i = close + 1;
    while (i < line.end && IsBlank(input[i])) ++i;
    if (i < line.end && input[i] == ':') colon = i;
  } else {
    for (std::size_t i = line.begin; i < line.end; ++i) {
      if (input[i] == ':' && (i + 1 == line.end || IsBlank(input[i + 1]))) {
        colon = i;
        break;
      }
      if (input[i] == '#' && i > line.begin && IsBlank(input[i - 1])) break;
    }
    key_end = colon;
    while (key_end != kNotFound && key_end > key_begin &&
           IsBlank(input[key_end - 1])) {
      --key_end;
    }
  }
  if (colon == kNotFound) return false;
  *key = sink->Span(key_begin, key_end);
  *after_colon = colon + 1;
  return true;
}

}  // namespace

void ReadYamlFrontMatter(FieldSink* sink, std::size_t begin, std::size_t end) {
  const std::string_view input = sink->input();
  std::size_t pos = begin;
  while (pos < end) {
    const Line line = LineAt(input, pos);
    pos = line.next;
    // Blank lines, comments, stray indented or list lines, a "%" directive:
    // nothing to read.
    if (line.begin >= line.end || IsBlank(input[line.begin]) ||
        input[line.begin] == '#' || input[line.begin] == '%' ||
        IsDashLine(input, line)) {
      continue;
    }
    TextSpan key;
    std::size_t value_begin = 0;
    if (!FindKey(sink, line, &key, &value_begin)) continue;
    const std::size_t after_key = line.next;
    while (value_begin < line.end && IsBlank(input[value_begin])) {
      ++value_begin;
    }
    const bool empty_on_line =
        value_begin >= line.end || input[value_begin] == '#';

    // The value's extent: the rest of the line, and the lines after it that
    // are indented (or "- " items under an empty value), skipping blank and
    // comment lines.
    std::size_t extent_end = line.end;
    while (extent_end > value_begin && IsBlank(input[extent_end - 1])) {
      --extent_end;
    }
    if (empty_on_line) extent_end = value_begin;
    std::size_t next_begin = kNotFound;  // the first byte of a later line
    while (pos < end) {
      const Line more = LineAt(input, pos);
      std::size_t first = more.begin;
      while (first < more.end && IsBlank(input[first])) ++first;
      if (first >= more.end || input[first] == '#') {
        pos = more.next;
        continue;
      }
      if (!IsBlank(input[more.begin]) &&
          !(empty_on_line && IsDashLine(input, more))) {
        break;
      }
      if (next_begin == kNotFound) next_begin = first;
      extent_end = more.end;
      while (extent_end > first && IsBlank(input[extent_end - 1])) {
        --extent_end;
      }
      pos = more.next;
    }

    const std::size_t items_begin = sink->NextItem();
    if (empty_on_line) {
      if (next_begin == kNotFound) {
        sink->AddField(key, sink->Span(value_begin, value_begin), items_begin,
                       /*is_list=*/false);
      } else if (input[next_begin] == '-' && (next_begin + 1 == extent_end ||
                                              IsSpace(input[next_begin + 1]))) {
        AddBlockItems(sink, next_begin, extent_end);
        sink->AddField(key, sink->Span(next_begin, extent_end), items_begin,
                       /*is_list=*/true);
      } else {
        sink->AddField(key, sink->Span(next_begin, extent_end), items_begin,
                       /*is_list=*/false);
      }
      continue;
    }

    TextSpan value = sink->Span(value_begin, extent_end);
    bool is_list = false;
    ValueType type = ValueType::kString;
    const char c = input[value_begin];
    if (c == '"' || c == '\'') {
      const std::size_t close =
          c == '"' ? FindDoubleQuoteEnd(input, value_begin + 1, extent_end)
                   : FindSingleQuoteEnd(input, value_begin + 1, extent_end);
      if (close != kNotFound) value = QuotedScalar(sink, value_begin, close);
    } else if (c == '[') {
      const std::size_t close = FindFlowEnd(input, value_begin, extent_end);
      if (close != kNotFound) {
        AddFlowItems(sink, value_begin, close);
        value = sink->Span(value_begin, close + 1);
        is_list = true;
      }
    } else if (c == '|' || c == '>') {
      // A block scalar: its source is its lines; its text, the scalar.
      value = next_begin == kNotFound ? sink->Span(extent_end, extent_end)
                                      : sink->Span(next_begin, extent_end);
      BlockScalar(sink, value_begin, after_key, pos, &value);
    } else if (c != '{' && c != '&' && c != '*' && c != '!') {
      value = PlainScalar(sink, value_begin, extent_end);
      type = ClassifyScalar(value.text, ScalarSyntax::kYaml);
    }
    sink->AddField(key, value, items_begin, is_list);
    sink->SetLastFieldType(type);
  }
}

}  // namespace header_util
}  // namespace internal
}  // namespace lede
