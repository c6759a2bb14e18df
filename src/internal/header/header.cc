// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Finding and reading an article's header. The first non-blank line (after
// the BOM and blank lines) decides the style, tried in this order:
//
//   1. "---" or "+++" alone on the line (trailing blanks allowed): YAML or
//      TOML front matter up to the closing "---"/"..." or "+++" line. With no
//      closing line the front matter is unterminated: a warning, and all of
//      the input is body.
//   2. Optional blanks, the word "date" (any case), a blank, and a date that
//      ScanDate finds at the start of the rest of the line: the inline date
//      line. The body starts right after the date's last byte.
//   3. A key-value block (see the rule below).
//   4. Date lines: an optional title line, then one or more lines each of
//      which is a date line, a byline or a meta line, with at least one
//      date. A date line is a date and nothing else, optionally after a label
//      ("Published:", "Published", "Published on", "Posted on", "Posted",
//      "Updated:", "Updated", "Updated on", "Last modified:", "Last
//      updated", "Modified", "Date:"; a colon is optional after each). A meta
//      line is, perhaps in emphasis ("*March 25, 2024*", "_Published March
//      25, 2024_"), parts between " | ", " · " or " • ", each a date line, a
//      byline ("By Jane Doe"), a date line and " by " a name ("Posted on
//      March 25, 2024 by Admin"), or a name, ", " and a date line ("Jane Doe,
//      March 25, 2024"): "By Jane Doe | March 25, 2024", "Published: March
//      25, 2024 | Updated: March 26, 2024". A title line is any line of at
//      most 300 bytes that is directly followed (blank lines allowed) by one
//      of these lines.
//
// The rule against false headers, for key-value blocks. A block is the run
// of lines from the first non-blank one up to a blank line or the end of the
// input. It is a header only when
//   (a) every line of it is a `Key: value` line, or an indented continuation
//       of the line before it (the first line cannot be one), where a key is
//       one to three words of ASCII letters, digits, '_' and '-', or one
//       mail or Usenet field name (RFC 5322: printable ASCII but ':', as
//       "Article-I.D." or "X-No-Archive"), starting with a letter, at most 40
//       bytes, followed by ':' and then a blank or the end of the line; and
//   (b) at least one of its keys is a known key (date and updated keys, title,
//       subtitle, author, by, byline, source, publisher, url, link, tags,
//       keywords, category, categories, section, language, summary,
//       description, and mail's subject (the title) and from (the author,
//       its display name: "Jane Doe <jane@example.com>" or
//       "jane@example.com (Jane Doe)"); see ClassifyKey()).
// So prose stays body: "Note: the meeting was moved." (unknown key),
// "WASHINGTON: The ..." and "Q: What happened?" / "A: ..." (unknown keys),
// "Update: officials said ..." ("Update" is not "Updated"), a first line
// with "http://..." (no blank after the colon; "http" is not known), "At
// 10:30 the ..." (more than a key before the colon), and a "Title: ..." line
// followed directly by prose (the prose line is not `Key: value`, so the
// block is not a header; write a blank line after a key-value header). A
// "Title: ..." line directly followed by a date line is a title line of the
// date-lines style.
//
// A header longer than ParseOptions::max_header_bytes is not read: a
// warning, and all of the input is body.

#include "src/internal/header/header.h"

#include <cstddef>
#include <string_view>

#include "src/internal/body/byline.h"
#include "src/internal/date/date_scan.h"
#include "src/internal/date/lang/scan.h"
#include "src/internal/header/fields.h"
#include "src/internal/header/front_matter.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace header_util {
namespace {

constexpr std::size_t kMaxKeyBytes = 40;
constexpr int kMaxKeyWords = 3;
constexpr std::size_t kMaxDateLineBytes = 200;
constexpr std::size_t kMaxTitleBytes = 300;

// Sets the view for a header that ends (and whose body starts) at `end`.
void SetHeader(ParseState* state, HeaderStyle style, std::size_t end) {
  state->view.header_style = style;
  state->view.header_offset = 0;
  state->view.header_length = end;
  state->view.body_offset = end;
}

// Returns true, after a warning, when a header ending at `end` is over the
// limit; the input then stays all body.
bool OverLimit(ParseState* state, std::size_t first, std::size_t end) {
  if (end <= state->options.max_header_bytes) return false;
  state->AddWarning(WarningCode::kHeaderTooLarge, first,
                    "header over ParseOptions::max_header_bytes; read as body");
  return true;
}

// ---- Front matter
// ------------------------------------------------------------

bool IsClosingLine(std::string_view text, HeaderStyle style) {
  text = TrimTrailingBlanks(text);
  if (style == HeaderStyle::kToml) return text == "+++";
  return text == "---" || text == "...";
}

// Whether the lines [begin, end) are front matter: empty (blank lines and
// comments only: Jekyll's empty front matter), or holding a line that starts
// a field: "key:" (then a blank or the line's end) for YAML, "key =" or
// "[table]" for TOML, at column 0. A "---" block of other text is no front
// matter: CommonMark reads a thematic break and a setext heading there, and
// its text stays in the body.
bool HasFieldLine(std::string_view input, std::size_t begin, std::size_t end,
                  HeaderStyle style) {
  bool empty = true;
  for (std::size_t pos = begin; pos < end;) {
    const Line line = LineAt(input, pos);
    pos = line.next;
    const std::string_view text = TrimTrailingBlanks(line.Text(input));
    if (TrimBlanks(text).empty() || text[0] == '#') continue;
    empty = false;
    if (IsBlank(text[0])) continue;
    if (style == HeaderStyle::kToml) {
      if (text[0] == '[' || text.find('=') != std::string_view::npos) {
        return true;
      }
      continue;
    }
    for (std::size_t colon = text.find(':'); colon != std::string_view::npos;
         colon = text.find(':', colon + 1)) {
      if (colon + 1 == text.size() || IsBlank(text[colon + 1])) {
        if (colon > 0 && text[0] != '-') return true;
        break;
      }
    }
  }
  return empty;
}

void ReadFrontMatter(FieldSink* sink, const Line& open, HeaderStyle style) {
  ParseState* state = sink->state();
  const std::string_view input = state->input;
  std::size_t pos = open.next;
  while (pos < input.size()) {
    const Line line = LineAt(input, pos);
    if (IsClosingLine(line.Text(input), style)) {
      if (!HasFieldLine(input, open.next, line.begin, style)) return;
      if (OverLimit(state, open.begin, line.next)) return;
      sink->ReserveScratch(line.next);
      if (style == HeaderStyle::kYaml) {
        ReadYamlFrontMatter(sink, open.next, line.begin);
      } else {
        ReadTomlFrontMatter(sink, open.next, line.begin);
      }
      sink->Finish();
      SetHeader(state, style, line.next);
      return;
    }
    pos = line.next;
  }
  state->AddWarning(WarningCode::kUnterminatedFrontMatter, open.begin,
                    "front matter is never closed; read as body");
}

// ---- Inline date line
// --------------------------------------------------------

bool TryInlineDate(FieldSink* sink, const Line& line) {
  ParseState* state = sink->state();
  const std::string_view input = state->input;
  std::size_t pos = line.begin;
  while (pos < line.end && IsBlank(input[pos])) ++pos;
  const std::size_t word_end = pos + 4;
  // "date" in any case: ASCII letters with bit 5 set are lowercase.
  if (word_end >= line.end || (input[pos] | 0x20) != 'd' ||
      (input[pos + 1] | 0x20) != 'a' || (input[pos + 2] | 0x20) != 't' ||
      (input[pos + 3] | 0x20) != 'e' || !IsBlank(input[word_end])) {
    return false;
  }
  DatePrefix found;
  DateScanError error;
  const std::string_view rest = input.substr(word_end, line.end - word_end);
  if (!ScanDateInLanguages(rest, state->options.date, /*prefix=*/true, &found,
                           &error)) {
    return false;
  }
  const std::size_t date_begin = word_end + found.offset;
  const std::size_t date_end = word_end + found.consumed;
  if (OverLimit(state, line.begin, date_end)) return true;
  const TextSpan value = sink->Span(date_begin, date_end);
  sink->AddPlainField(sink->Span(pos, word_end), value);
  sink->SetDate(/*updated=*/false, found.date, value);
  sink->Finish();
  SetHeader(state, HeaderStyle::kInlineDate, date_end);
  return true;
}

// ---- Key-value block
// ---------------------------------------------------------

struct KeyLine {
  std::size_t key_end = 0;      // the key is [line.begin, key_end)
  std::size_t value_begin = 0;  // the value, trimmed, is [value_begin,
  std::size_t value_end = 0;    // value_end)
  KeyKind kind = KeyKind::kOther;
};

// Reads `line` as `Key: value` by the rule in the file comment.
bool ParseKeyLine(std::string_view input, const Line& line, KeyLine* out) {
  std::size_t i = line.begin;
  // Keys may be written in any script ("Título", "Дата"): UTF-8 bytes are
  // key bytes.
  constexpr auto kAnyKeyByte = kKeyByte | kHighByte;
  if (i >= line.end || !(IsLetter(input[i]) || HasClass(input[i], kHighByte))) {
    return false;
  }
  int words = 1;
  bool field_name = false;  // an RFC 5322 byte past [A-Za-z0-9_-]
  while (i < line.end && i - line.begin <= kMaxKeyBytes) {
    const char c = input[i];
    if (HasClass(c, kAnyKeyByte)) {
      ++i;
    } else if (c == ' ' && i + 1 < line.end &&
               HasClass(input[i + 1], kAnyKeyByte)) {
      if (++words > kMaxKeyWords) return false;
      ++i;
    } else if (c > ' ' && c < 0x7F && c != ':') {
      field_name = true;
      ++i;
    } else {
      break;
    }
  }
  // A mail or Usenet field name ("Article-I.D.", "X-Face") is one token.
  if (field_name && words > 1) return false;
  if (i >= line.end || input[i] != ':' || i - line.begin > kMaxKeyBytes) {
    return false;
  }
  out->key_end = i;
  ++i;
  if (i < line.end && !IsBlank(input[i])) return false;
  while (i < line.end && IsBlank(input[i])) ++i;
  std::size_t end = line.end;
  while (end > i && IsBlank(input[end - 1])) --end;
  out->value_begin = i;
  out->value_end = end;
  return true;
}

// The first lines of a key-value block as FindKeyValueBlock() read them,
// for ReadKeyValueBlock(): a short header's lines are then found and parsed
// once, not twice.
struct BlockLines {
  static constexpr std::size_t kLines = 16;
  // Left uninitialised: only the first `count` are read.
  struct Noted {
    Line line;
    KeyLine key;
  };
  union Slot {
    Slot() {}
    Noted noted;
  };
  Slot slots[kLines];
  std::size_t count = 0;
  std::size_t next = 0;  // the next line ReadKeyValueBlock() takes

  void Note(const Line& line, const KeyLine& key) {
    if (count == kLines) return;
    slots[count].noted = Noted{line, key};
    ++count;
  }

  // The line at `pos`, from those noted (with its key, and true) when it is
  // the next of them; else found again (and false).
  bool Take(std::string_view input, std::size_t pos, Line* line, KeyLine* key) {
    if (next < count && slots[next].noted.line.begin == pos) {
      *line = slots[next].noted.line;
      *key = slots[next].noted.key;
      ++next;
      return true;
    }
    next = count;
    *line = LineAt(input, pos);
    return false;
  }
};

// Returns the end of the key-value block starting at `first` (after its last
// line's line ending) when it is a header by the rule, else 0. Notes the
// first lines in `noted`.
std::size_t FindKeyValueBlock(std::string_view input, std::size_t first,
                              BlockLines* noted) {
  std::size_t pos = first;
  std::size_t end = 0;
  bool known = false;
  while (pos < input.size()) {
    const Line line = LineAt(input, pos);
    if (IsBlankLine(input, line)) break;
    if (IsBlank(input[line.begin])) {
      if (end == 0) return 0;  // a continuation of nothing
      noted->Note(line, KeyLine());
    } else {
      KeyLine key_line;
      if (!ParseKeyLine(input, line, &key_line)) return 0;
      // The kind goes with a noted line to ReadKeyValueBlock(); past those,
      // the search only needs to know whether some key is known.
      if (!known || noted->count < BlockLines::kLines) {
        key_line.kind = ClassifyKey(
            input.substr(line.begin, key_line.key_end - line.begin));
        known = known || key_line.kind != KeyKind::kOther;
      }
      noted->Note(line, key_line);
    }
    end = line.next;
    pos = line.next;
  }
  return known ? end : 0;
}

void ReadKeyValueBlock(FieldSink* sink, std::size_t first, std::size_t end,
                       BlockLines* noted) {
  const std::string_view input = sink->input();
  std::size_t pos = first;
  while (pos < end) {
    Line line;
    KeyLine key_line;
    // A noted line comes parsed (a key line, since continuations are taken
    // below); any other is parsed here.
    const bool parsed = noted->Take(input, pos, &line, &key_line);
    pos = line.next;
    if (!parsed) {
      if (!ParseKeyLine(input, line, &key_line)) continue;
      key_line.kind =
          ClassifyKey(input.substr(line.begin, key_line.key_end - line.begin));
    }
    std::size_t value_begin = key_line.value_begin;
    std::size_t value_end = key_line.value_end;
    bool continued = false;
    while (pos < end && IsBlank(input[pos])) {
      Line more;
      KeyLine unused;
      noted->Take(input, pos, &more, &unused);
      const std::string_view text = TrimBlanks(more.Text(input));
      if (value_begin == value_end) {
        value_begin = static_cast<std::size_t>(text.data() - input.data());
      } else {
        continued = true;
      }
      value_end =
          static_cast<std::size_t>(text.data() - input.data()) + text.size();
      pos = more.next;
    }
    TextSpan value = sink->Span(value_begin, value_end);
    if (continued) {
      ScratchWriter writer(&sink->state()->scratch);
      if (writer.Fits(value.length)) {
        FoldLines(value.text, &writer);
        value.text = writer.Text();
      }
    }
    sink->AddField(sink->Span(line.begin, key_line.key_end), value,
                   sink->NextItem(), /*is_list=*/false, key_line.kind);
  }
}

bool TryKeyValue(FieldSink* sink, std::size_t first) {
  ParseState* state = sink->state();
  BlockLines noted;
  const std::size_t end = FindKeyValueBlock(state->input, first, &noted);
  if (end == 0) return false;
  if (OverLimit(state, first, end)) return true;
  sink->ReserveScratch(end);
  ReadKeyValueBlock(sink, first, end, &noted);
  sink->Finish();
  SetHeader(state, HeaderStyle::kKeyValue, end);
  return true;
}

// ---- Date lines
// ----------------------------------------------------------------

struct DateLabel {
  std::string_view text;
  bool updated;
};

constexpr DateLabel kDateLabels[] = {
    {"published on", false}, {"published", false},   {"posted on", false},
    {"posted", false},       {"updated on", true},   {"updated", true},
    {"last modified", true}, {"last updated", true}, {"modified", true},
    {"date", false},
};

struct DateLine {
  bool updated = false;
  bool has_label = false;
  TextSpan label;
  TextSpan value;
  DateTime date;
};

// Reads the trimmed `text` (at `offset` in the input) as a date line.
bool MatchDateLine(const FieldSink& sink, std::string_view text,
                   std::size_t offset, DateLine* out) {
  if (text.empty() || text.size() > kMaxDateLineBytes) return false;
  std::size_t value_at = 0;
  out->has_label = false;
  out->updated = false;
  for (const DateLabel& label : kDateLabels) {
    if (!StartsWithIgnoreCase(text, label.text)) continue;
    std::size_t i = label.text.size();
    if (i < text.size() && text[i] == ':') {
      ++i;
    } else if (i >= text.size() || !IsBlank(text[i])) {
      continue;  // "Postedon", "Dated"
    }
    while (i < text.size() && IsBlank(text[i])) ++i;
    out->has_label = true;
    out->updated = label.updated;
    out->label = sink.Span(offset, offset + label.text.size());
    value_at = i;
    break;
  }
  DatePrefix found;
  DateScanError error;
  const std::string_view value = text.substr(value_at);
  // Every date has a digit (its day or its year): most lines of prose are
  // ruled out here, before a date scan (DateTest checks that no date
  // without a digit scans).
  if (!HasAsciiDigit(value)) return false;
  if (value.empty() || !ScanDateInLanguages(value, sink.state()->options.date,
                                            /*prefix=*/false, &found, &error)) {
    return false;
  }
  out->date = found.date;
  out->value = sink.Span(offset + value_at, offset + text.size());
  return true;
}

std::size_t OffsetOf(std::string_view input, std::string_view part) {
  return static_cast<std::size_t>(part.data() - input.data());
}

// A line under a title that gives dates and a byline, in one of the layouts
// sites print (see the file comment): up to two dates and one byline.
struct MetaLine {
  int dates = 0;
  DateLine date[2];
  std::string_view byline;  // a view into the input; empty when none
};

// Returns `text` without an emphasis around all of it ("*...*", "_..._",
// "**...**").
std::string_view WithoutEmphasis(std::string_view text) {
  for (const std::string_view mark :
       {std::string_view("**"), std::string_view("__"), std::string_view("*"),
        std::string_view("_")}) {
    if (text.size() > 2 * mark.size() && text.substr(0, mark.size()) == mark &&
        text.substr(text.size() - mark.size()) == mark) {
      return TrimBlanks(
          text.substr(mark.size(), text.size() - 2 * mark.size()));
    }
  }
  return text;
}

// The length of a separator of parts (" | ", " · ", " • ") at text[i], or 0.
std::size_t PartSeparatorAt(std::string_view text, std::size_t i) {
  if (!IsBlank(text[i])) return 0;
  for (const std::string_view mark :
       {std::string_view("|"), std::string_view("\xC2\xB7"),
        std::string_view("\xE2\x80\xA2")}) {
    const std::size_t end = i + 1 + mark.size();
    if (end < text.size() && text.substr(i + 1, mark.size()) == mark &&
        IsBlank(text[end])) {
      return end + 1 - i;
    }
  }
  return 0;
}

bool AddDate(const FieldSink& sink, std::string_view part, MetaLine* out) {
  if (out->dates == 2) return false;
  return MatchDateLine(sink, part, OffsetOf(sink.input(), part),
                       &out->date[out->dates]) &&
         ++out->dates > 0;
}

// One part of a meta line: a date line ("Published: March 25, 2024"), a
// byline ("By Jane Doe"), a date line and " by " a name ("Posted on March
// 25, 2024 by Admin"), or a name, a comma and a date line ("Jane Doe, March
// 25, 2024").
bool ReadMetaPart(const FieldSink& sink, std::string_view part, MetaLine* out) {
  part = TrimBlanks(part);
  if (part.empty()) return false;
  if (AddDate(sink, part, out)) return true;
  if (IsBylineLine(part)) {
    if (!out->byline.empty()) return false;
    out->byline = part;
    return true;
  }
  for (std::size_t i = 1; i + 4 < part.size(); ++i) {
    if (IsBlank(part[i]) && StartsWithIgnoreCase(part.substr(i + 1), "by") &&
        IsBlank(part[i + 3])) {
      const std::string_view name = TrimBlanks(part.substr(i + 4));
      if (out->byline.empty() && ReadsAsNames(name) &&
          AddDate(sink, TrimBlanks(part.substr(0, i)), out)) {
        out->byline = name;
        return true;
      }
    }
  }
  const std::size_t comma = part.find(", ");
  if (comma != std::string_view::npos && out->byline.empty()) {
    const std::string_view name = TrimBlanks(part.substr(0, comma));
    if (ReadsAsNames(name) &&
        AddDate(sink, TrimBlanks(part.substr(comma + 1)), out)) {
      out->byline = name;
      return true;
    }
  }
  return false;
}

// Reads the trimmed `text` as a meta line: its parts between separators,
// each a ReadMetaPart(), with at least one date or a byline, the whole line
// perhaps in emphasis ("*March 25, 2024*").
bool MatchMetaLine(const FieldSink& sink, std::string_view text,
                   MetaLine* out) {
  *out = MetaLine();
  if (text.empty() || text.size() > kMaxDateLineBytes) return false;
  text = WithoutEmphasis(text);
  if (AddDate(sink, text, out)) return true;
  if (IsBylineLine(text)) {
    out->byline = text;
    return true;
  }
  // Every other layout holds a date, and so a digit.
  if (!HasAsciiDigit(text)) return false;
  *out = MetaLine();
  std::size_t part_begin = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const std::size_t separator =
        i < text.size() ? PartSeparatorAt(text, i) : 1;
    if (separator == 0) continue;
    if (!ReadMetaPart(sink, text.substr(part_begin, i - part_begin), out)) {
      return false;
    }
    i += separator - 1;
    part_begin = i + 1;
  }
  return out->dates > 0;
}

bool IsDateOrByline(const FieldSink& sink, const Line& line, MetaLine* meta) {
  return MatchMetaLine(sink, TrimBlanks(line.Text(sink.input())), meta);
}

// Returns the title's text: the trimmed line without Markdown "#" marks.
std::string_view TitleText(std::string_view line) {
  std::string_view text = TrimBlanks(line);
  std::size_t marks = 0;
  while (marks < text.size() && marks < 6 && text[marks] == '#') ++marks;
  if (marks > 0 && marks < text.size() && IsBlank(text[marks])) {
    text = TrimBlanks(text.substr(marks));
  }
  return text;
}

bool TryDateLines(FieldSink* sink, std::size_t first) {
  ParseState* state = sink->state();
  const std::string_view input = state->input;
  const Line top = LineAt(input, first);
  MetaLine meta;
  std::size_t pos = first;
  bool has_title = false;
  if (!IsDateOrByline(*sink, top, &meta)) {
    const std::string_view title = TitleText(top.Text(input));
    if (title.empty() || title.size() > kMaxTitleBytes ||
        top.next >= input.size()) {
      return false;
    }
    // Markdown articles often set the title, byline and date apart with
    // blank lines; they are still one header.
    const std::size_t second_at = SkipBlankLines(input, top.next);
    if (second_at >= input.size()) return false;
    const Line second = LineAt(input, second_at);
    if (!IsDateOrByline(*sink, second, &meta)) return false;
    has_title = true;
    pos = top.next;
  }

  // First pass: where the block ends, and whether it has a date line.
  std::size_t end = pos;
  bool any_date = false;
  for (std::size_t at = SkipBlankLines(input, pos); at < input.size();
       at = SkipBlankLines(input, at)) {
    const Line line = LineAt(input, at);
    if (!IsDateOrByline(*sink, line, &meta)) break;
    any_date = any_date || meta.dates > 0;
    end = at = line.next;
  }
  if (!any_date) return false;
  if (OverLimit(state, first, end)) return true;
  sink->ReserveScratch(end);

  if (has_title) {
    KeyLine key_line;
    const std::string_view key =
        ParseKeyLine(input, top, &key_line)
            ? input.substr(top.begin, key_line.key_end - top.begin)
            : std::string_view();
    if (!key.empty() && ClassifyKey(key) == KeyKind::kTitle) {
      sink->AddField(sink->Span(top.begin, key_line.key_end),
                     sink->Span(key_line.value_begin, key_line.value_end),
                     sink->NextItem(), /*is_list=*/false);
    } else {
      const std::string_view title = TitleText(top.Text(input));
      const std::size_t at = OffsetOf(input, title);
      state->view.title = sink->Span(at, at + title.size());
    }
  }
  for (pos = SkipBlankLines(input, pos); pos < end;
       pos = SkipBlankLines(input, pos)) {
    const Line line = LineAt(input, pos);
    pos = line.next;
    IsDateOrByline(*sink, line, &meta);
    for (int d = 0; d < meta.dates; ++d) {
      const DateLine& date = meta.date[d];
      if (date.has_label) sink->AddPlainField(date.label, date.value);
      sink->SetDate(date.updated, date.date, date.value);
    }
    if (!meta.byline.empty() && !state->view.byline) {
      const std::size_t at = OffsetOf(input, meta.byline);
      SetByline(sink->Span(at, at + meta.byline.size()), state);
    }
  }
  sink->Finish();
  SetHeader(state, HeaderStyle::kDateLines, end);
  return true;
}

void ReadHeader(ParseState* state, std::size_t begin) {
  ArticleView& view = state->view;
  view.header_style = HeaderStyle::kNone;
  view.header_offset = 0;
  view.header_length = 0;
  view.body_offset = begin;
  const std::string_view input = state->input;
  if (begin >= input.size()) return;
  const std::size_t first = SkipBlankLines(input, begin);
  if (first >= input.size()) return;

  FieldSink sink(state);
  const Line top = LineAt(input, first);
  const std::string_view text = TrimTrailingBlanks(top.Text(input));
  if (text == "---") {
    ReadFrontMatter(&sink, top, HeaderStyle::kYaml);
    return;
  }
  if (text == "+++") {
    ReadFrontMatter(&sink, top, HeaderStyle::kToml);
    return;
  }
  if (TryInlineDate(&sink, top)) return;
  if (TryKeyValue(&sink, first)) return;
  TryDateLines(&sink, first);
}

}  // namespace
}  // namespace header_util

bool IsMetaLine(ParseState* state, std::string_view line) {
  const header_util::FieldSink sink(state);
  header_util::MetaLine meta;
  return header_util::MatchMetaLine(sink, header_util::TrimBlanks(line), &meta);
}

void ParseHeader(ParseState* state, std::size_t begin) {
  header_util::ReadHeader(state, begin);
}

}  // namespace internal
}  // namespace lede
