// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/body/rules.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "absl/numeric/bits.h"
#include "src/internal/header/fields.h"
#include "src/internal/text/cpu.h"
#include "src/internal/text/text_class.h"

#if LEDE_SIMD_SSE2
#include <emmintrin.h>
#endif

namespace lede {
namespace internal {
namespace {

// The number of leading bytes of `text` equal to `c`.
std::size_t RunOf(std::string_view text, char c) {
  std::size_t n = 0;
  while (n < text.size() && text[n] == c) ++n;
  return n;
}

bool AllBlank(std::string_view text) {
  for (char c : text) {
    if (!IsBlankByte(c)) return false;
  }
  return true;
}

bool Contains(std::string_view text, char c) {
  return text.find(c) != std::string_view::npos;
}

// The class of the character starting at `text[i]`, for a non-ASCII byte.
CharClass ClassAt(std::string_view text, std::size_t i, std::size_t* length) {
  const Utf8Char c = DecodeUtf8(text.data() + i, text.data() + text.size());
  *length = c.length;
  return c.valid ? ClassifyCodePoint(c.code_point) : CharClass::kSeparator;
}

// The start of the last character of non-empty `text`.
std::size_t LastCharStart(std::string_view text) {
  std::size_t i = text.size() - 1;
  for (int k = 0;
       k < 3 && i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
       ++k) {
    --i;
  }
  return i;
}

}  // namespace

LetterCase CaseOfCodePoint(std::uint32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return LetterCase::kUpper;
    if (c >= 'a' && c <= 'z') return LetterCase::kLower;
    return LetterCase::kNone;
  }
  const bool even = (c & 1) == 0;
  const auto pair = [even](bool upper_even) {
    return even == upper_even ? LetterCase::kUpper : LetterCase::kLower;
  };
  // Latin-1, Latin Extended-A and -B, IPA.
  if (c >= 0xC0 && c <= 0xDE) {
    return c == 0xD7 ? LetterCase::kNone : LetterCase::kUpper;
  }
  if (c >= 0xDF && c <= 0xFF) {
    return c == 0xF7 ? LetterCase::kNone : LetterCase::kLower;
  }
  if (c >= 0x100 && c <= 0x137) return pair(true);
  if (c == 0x138 || c == 0x149 || c == 0x17F) return LetterCase::kLower;
  if (c >= 0x139 && c <= 0x148) return pair(false);
  if (c >= 0x14A && c <= 0x177) return pair(true);
  if (c == 0x178) return LetterCase::kUpper;
  if (c >= 0x179 && c <= 0x17E) return pair(false);
  if (c >= 0x180 && c <= 0x24F) return pair(true);          // mostly pairs
  if (c >= 0x250 && c <= 0x2AF) return LetterCase::kLower;  // IPA
  // Greek and Coptic.
  if (c == 0x386 || (c >= 0x388 && c <= 0x38F) || (c >= 0x391 && c <= 0x3AB)) {
    return c == 0x38B || c == 0x38D || c == 0x3A2 ? LetterCase::kNone
                                                  : LetterCase::kUpper;
  }
  if (c >= 0x3AC && c <= 0x3CE) return LetterCase::kLower;
  if (c >= 0x3D8 && c <= 0x3EF) return pair(true);
  // Cyrillic and its supplement.
  if (c >= 0x400 && c <= 0x42F) return LetterCase::kUpper;
  if (c >= 0x430 && c <= 0x45F) return LetterCase::kLower;
  if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF)) {
    return pair(true);
  }
  if (c == 0x4C0) return LetterCase::kUpper;
  if (c >= 0x4C1 && c <= 0x4CE) return pair(false);
  if (c == 0x4CF) return LetterCase::kLower;
  if (c >= 0x4D0 && c <= 0x52F) return pair(true);
  // Armenian.
  if (c >= 0x531 && c <= 0x556) return LetterCase::kUpper;
  if (c >= 0x561 && c <= 0x587) return LetterCase::kLower;
  // Georgian Asomtavruli (Mkhedruli is caseless in use).
  if (c >= 0x10A0 && c <= 0x10C5) return LetterCase::kUpper;
  // Latin Extended Additional, Greek Extended.
  if (c >= 0x1E00 && c <= 0x1E95) return pair(true);
  if (c >= 0x1E96 && c <= 0x1E9F) return LetterCase::kLower;
  if (c >= 0x1EA0 && c <= 0x1EFF) return pair(true);
  if (c >= 0x1F00 && c <= 0x1F6F) {
    return (c & 0xF) >= 8 ? LetterCase::kUpper : LetterCase::kLower;
  }
  if (c >= 0x1F70 && c <= 0x1F7D) return LetterCase::kLower;
  // Fullwidth Latin.
  if (c >= 0xFF21 && c <= 0xFF3A) return LetterCase::kUpper;
  if (c >= 0xFF41 && c <= 0xFF5A) return LetterCase::kLower;
  return LetterCase::kNone;
}

namespace {

bool IsWordLetter(std::string_view text, std::size_t i, std::size_t* length) {
  *length = 1;
  if (!IsHighByte(text[i])) return IsAlnumByte(text[i]);
  const CharClass cls = ClassAt(text, i, length);
  return cls == CharClass::kLetter || cls == CharClass::kCjk;
}

// Lowercase words of four or more letters that Title Case leaves lowercase.
constexpr std::string_view kSmallWords[] = {
    "with",    "from",   "into",   "onto",    "over",    "upon",
    "amid",    "than",   "that",   "about",   "after",   "under",
    "among",   "until",  "while",  "versus",  "without", "within",
    "through", "during", "before", "against", "between", "across",
    "behind",  "beyond", "amidst", "toward",  "towards", "despite"};

bool IsSmallWord(std::string_view word) {
  for (std::string_view small : kSmallWords) {
    if (small == word) return true;
  }
  return false;
}

bool StartsDash(std::string_view text, std::size_t* length) {
  if (text.substr(0, 2) == "--") {
    *length = 2;
    return true;
  }
  if (!text.empty() && text[0] == '-') {
    *length = 1;
    return true;
  }
  if (text.substr(0, 3) == "\xE2\x80\x94" ||
      text.substr(0, 3) == "\xE2\x80\x93") {
    *length = 3;
    return true;
  }
  return false;
}

}  // namespace

int AtxHeadingLevel(std::string_view line) {
  const std::size_t hashes = RunOf(line, '#');
  if (hashes == 0 || hashes > 6) return 0;
  if (hashes < line.size() && !IsBlankByte(line[hashes])) return 0;
  return static_cast<int>(hashes);
}

std::string_view AtxHeadingText(std::string_view line) {
  std::string_view text = TrimBlanks(line.substr(RunOf(line, '#')));
  std::size_t end = text.size();
  while (end > 0 && text[end - 1] == '#') --end;
  if (end == 0) return text.substr(0, 0);
  if (end < text.size() && IsBlankByte(text[end - 1])) {
    text = TrimBlanks(text.substr(0, end));
  }
  return text;
}

char SetextUnderline(std::string_view line) {
  return SetextUnderlineOf(line, 2);
}

char SetextUnderlineOf(std::string_view line, std::size_t min_run) {
  if (line.empty() || (line[0] != '=' && line[0] != '-')) return 0;
  const std::size_t run = RunOf(line, line[0]);
  if (run < min_run || !AllBlank(line.substr(run))) return 0;
  return line[0];
}

bool IsThematicBreak(std::string_view line) {
  if (line.empty() || (line[0] != '*' && line[0] != '-' && line[0] != '_')) {
    return false;
  }
  std::size_t marks = 0;
  for (char c : line) {
    if (c == line[0]) {
      ++marks;
    } else if (!IsBlankByte(c)) {
      return false;
    }
  }
  return marks >= 3;
}

bool OpensFence(std::string_view line, Fence* fence) {
  if (line.empty() || (line[0] != '`' && line[0] != '~')) return false;
  const std::size_t run = RunOf(line, line[0]);
  if (run < 3) return false;
  if (line[0] == '`' && Contains(line.substr(run), '`')) return false;
  fence->marker = line[0];
  fence->length = run;
  return true;
}

bool ClosesFence(std::string_view line, const Fence& fence) {
  const std::size_t run = RunOf(line, fence.marker);
  return run >= fence.length && AllBlank(line.substr(run));
}

bool IsBulletItem(std::string_view line) {
  if (line.empty() || (line[0] != '-' && line[0] != '*' && line[0] != '+')) {
    return false;
  }
  return line.size() == 1 || IsBlankByte(line[1]);
}

bool IsListItem(std::string_view line) {
  if (IsBulletItem(line)) return true;
  std::size_t digits = 0;
  while (digits < line.size() && digits < 10 && IsDigitByte(line[digits])) {
    ++digits;
  }
  if (digits == 0 || digits > 9 || digits >= line.size()) return false;
  if (line[digits] != '.' && line[digits] != ')') return false;
  return digits + 1 == line.size() || IsBlankByte(line[digits + 1]);
}

bool IsHtmlStart(std::string_view line) {
  if (line.size() < 2 || line[0] != '<') return false;
  const char c = line[1];
  return (ByteClass(c) & kByteAlpha) || c == '/' || c == '!' || c == '?';
}

bool ReadListMarker(std::string_view line, ListMarker* marker) {
  if (line.empty()) return false;
  ListMarker m;
  const char c = line[0];
  if (c == '-' || c == '+' || c == '*') {
    m.width = 1;
    m.kind = c;
  } else {
    std::size_t digits = 0;
    while (digits < line.size() && digits < 10 && IsDigitByte(line[digits])) {
      ++digits;
    }
    if (digits == 0 || digits > 9 || digits >= line.size()) return false;
    if (line[digits] != '.' && line[digits] != ')') return false;
    m.width = digits + 1;
    m.kind = line[digits];
    m.ordered = true;
    m.starts_at_one = RunOf(line, '0') == digits - 1 && line[digits - 1] == '1';
  }
  if (m.width < line.size() && !IsBlankByte(line[m.width])) return false;
  m.empty = AllBlank(line.substr(m.width));
  *marker = m;
  return true;
}

namespace {

bool IsAsciiLetter(char c) { return (ByteClass(c) & kByteAlpha) != 0; }

// Whether `text` holds `needle` (lowercase ASCII) ignoring ASCII case.
bool ContainsIgnoreCase(std::string_view text, std::string_view needle) {
  if (needle.empty() || text.size() < needle.size()) return needle.empty();
  for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
    if (AsciiLower(text[i]) == needle[0] &&
        header_util::StartsWithIgnoreCase(text.substr(i), needle)) {
      return true;
    }
  }
  return false;
}

// The tag names of HTML block condition 6 (CommonMark 0.31), sorted.
constexpr std::string_view kBlockTags[] = {
    "address",  "article",    "aside",   "base",     "basefont", "blockquote",
    "body",     "caption",    "center",  "col",      "colgroup", "dd",
    "details",  "dialog",     "dir",     "div",      "dl",       "dt",
    "fieldset", "figcaption", "figure",  "footer",   "form",     "frame",
    "frameset", "h1",         "h2",      "h3",       "h4",       "h5",
    "h6",       "head",       "header",  "hr",       "html",     "iframe",
    "legend",   "li",         "link",    "main",     "menu",     "menuitem",
    "nav",      "noframes",   "ol",      "optgroup", "option",   "p",
    "param",    "search",     "section", "summary",  "table",    "tbody",
    "td",       "tfoot",      "th",      "thead",    "title",    "tr",
    "track",    "ul"};

constexpr std::string_view kRawTags[] = {"script", "pre", "style", "textarea"};

bool IsTagNameByte(char c) { return IsAlnumByte(c) || c == '-'; }

// Whether the tag name `name` (any case) is one of `names` (lowercase).
template <std::size_t N>
bool NameIn(std::string_view name, const std::string_view (&names)[N]) {
  for (const std::string_view candidate : names) {
    if (candidate.size() == name.size() &&
        header_util::EqualsIgnoreCase(name, candidate)) {
      return true;
    }
  }
  return false;
}

std::size_t SkipBlanks(std::string_view text, std::size_t i) {
  while (i < text.size() && IsBlankByte(text[i])) ++i;
  return i;
}

// Condition 7: a whole open tag ("<a href='x'>", "<br/>") or closing tag
// ("</span >") at the start of `line`, then only blanks.
bool IsWholeTagLine(std::string_view line) {
  std::size_t i = 1;
  const bool closing = i < line.size() && line[i] == '/';
  if (closing) ++i;
  if (i >= line.size() || !IsAsciiLetter(line[i])) return false;
  const std::size_t name_begin = i;
  while (i < line.size() && IsTagNameByte(line[i])) ++i;
  if (NameIn(line.substr(name_begin, i - name_begin), kRawTags)) return false;
  if (closing) {
    i = SkipBlanks(line, i);
  } else {
    // Attributes: a blank, a name, and optionally "=" and a value.
    while (true) {
      const std::size_t before = i;
      i = SkipBlanks(line, i);
      if (i == before || i >= line.size()) break;
      const char c = line[i];
      if (!IsAsciiLetter(c) && c != '_' && c != ':') break;
      while (i < line.size() &&
             (IsAlnumByte(line[i]) || line[i] == '_' || line[i] == '.' ||
              line[i] == ':' || line[i] == '-')) {
        ++i;
      }
      const std::size_t after_name = i;
      std::size_t j = SkipBlanks(line, i);
      if (j < line.size() && line[j] == '=') {
        j = SkipBlanks(line, j + 1);
        if (j >= line.size()) return false;
        if (line[j] == '"' || line[j] == '\'') {
          const std::size_t close = line.find(line[j], j + 1);
          if (close == std::string_view::npos) return false;
          i = close + 1;
        } else {
          const std::size_t begin = j;
          while (j < line.size() && !IsBlankByte(line[j]) &&
                 std::string_view("\"'=<>`").find(line[j]) ==
                     std::string_view::npos) {
            ++j;
          }
          if (j == begin) return false;
          i = j;
        }
      } else {
        i = after_name;
      }
    }
    i = SkipBlanks(line, i);
    if (i < line.size() && line[i] == '/') ++i;
  }
  if (i >= line.size() || line[i] != '>') return false;
  return AllBlank(line.substr(i + 1));
}

}  // namespace

int HtmlBlockStart(std::string_view line, bool in_paragraph) {
  if (line.size() < 2 || line[0] != '<') return 0;
  const std::string_view rest = line.substr(1);
  if (rest.substr(0, 3) == "!--") return 2;
  if (rest[0] == '?') return 3;
  if (rest.substr(0, 8) == "![CDATA[") return 5;
  if (rest[0] == '!') return rest.size() > 1 && IsAsciiLetter(rest[1]) ? 4 : 0;
  const bool closing = rest[0] == '/';
  const std::size_t name_begin = closing ? 1 : 0;
  std::size_t i = name_begin;
  while (i < rest.size() && IsTagNameByte(rest[i])) ++i;
  if (i == name_begin || !IsAsciiLetter(rest[name_begin])) return 0;
  const std::string_view name = rest.substr(name_begin, i - name_begin);
  const bool ends_name = i == rest.size() || IsBlankByte(rest[i]) ||
                         rest[i] == '>' || rest.substr(i, 2) == "/>";
  if (!closing && ends_name && NameIn(name, kRawTags)) {
    // "<pre/>" is not condition 1: it needs a blank, ">" or the line end.
    if (i == rest.size() || IsBlankByte(rest[i]) || rest[i] == '>') return 1;
  }
  if (ends_name && NameIn(name, kBlockTags)) return 6;
  if (!in_paragraph && IsWholeTagLine(line)) return 7;
  return 0;
}

bool HtmlBlockEnds(std::string_view line, int condition) {
  switch (condition) {
    case 1:
      return ContainsIgnoreCase(line, "</script>") ||
             ContainsIgnoreCase(line, "</pre>") ||
             ContainsIgnoreCase(line, "</style>") ||
             ContainsIgnoreCase(line, "</textarea>");
    case 2:
      return line.find("-->") != std::string_view::npos;
    case 3:
      return line.find("?>") != std::string_view::npos;
    case 4:
      return Contains(line, '>');
    case 5:
      return line.find("]]>") != std::string_view::npos;
    default:
      return false;
  }
}

namespace {

// Reads a line break at text[i] ("\n", "\r\n" or "\r"); returns its length.
std::size_t LineBreakAt(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  if (text[i] == '\n') return 1;
  if (text[i] != '\r') return 0;
  return i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
}

// Skips blanks and at most one line break (not into a blank line); sets
// `*broke` when it crossed one.
std::size_t SkipSpaceAndBreak(std::string_view text, std::size_t i,
                              bool* broke) {
  *broke = false;
  i = SkipBlanks(text, i);
  const std::size_t eol = LineBreakAt(text, i);
  if (eol == 0) return i;
  *broke = true;
  return SkipBlanks(text, i + eol);
}

bool AtLineEnd(std::string_view text, std::size_t i) {
  return i >= text.size() || LineBreakAt(text, i) != 0;
}

// After a definition's last part at `i`: blanks to the line's end; returns
// the offset after the line break, or 0 when other text follows.
std::size_t EndOfDefinition(std::string_view text, std::size_t i) {
  i = SkipBlanks(text, i);
  if (i >= text.size()) return i;
  const std::size_t eol = LineBreakAt(text, i);
  return eol == 0 ? 0 : i + eol;
}

}  // namespace

std::size_t LinkDefinitionLength(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && i < 3 && text[i] == ' ') ++i;
  if (i >= text.size() || text[i] != '[') return 0;
  ++i;
  // The label.
  const std::size_t label_begin = i;
  bool label_text = false;
  std::size_t eols_in_row = 0;
  for (;; ++i) {
    if (i >= text.size() || i - label_begin > 999) return 0;
    const char c = text[i];
    if (c == ']') break;
    if (c == '[') return 0;
    if (c == '\\' && i + 1 < text.size() &&
        (text[i + 1] == '[' || text[i + 1] == ']' || text[i + 1] == '\\')) {
      label_text = true;
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r') {
      // A blank line ends the paragraph, and with it the label.
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (++eols_in_row > 1) return 0;
      continue;
    }
    if (!IsBlankByte(c)) {
      label_text = true;
      eols_in_row = 0;
    }
  }
  if (!label_text || i + 1 >= text.size() || text[i + 1] != ':') return 0;
  bool broke = false;
  i = SkipSpaceAndBreak(text, i + 2, &broke);
  if (AtLineEnd(text, i)) return 0;  // no destination
  // The destination.
  if (text[i] == '<') {
    ++i;
    while (i < text.size() && text[i] != '>') {
      if (text[i] == '<' || text[i] == '\n' || text[i] == '\r') return 0;
      if (text[i] == '\\' && i + 1 < text.size()) ++i;
      ++i;
    }
    if (i >= text.size()) return 0;
    ++i;
  } else {
    const std::size_t begin = i;
    int depth = 0;
    while (i < text.size()) {
      const char c = text[i];
      if (IsBlankByte(c) || c == '\n' || c == '\r' ||
          static_cast<unsigned char>(c) < 0x20) {
        break;
      }
      if (c == '\\' && i + 1 < text.size() && !IsBlankByte(text[i + 1]) &&
          text[i + 1] != '\n' && text[i + 1] != '\r') {
        i += 2;
        continue;
      }
      if (c == '(') {
        if (++depth > 32) return 0;
      } else if (c == ')') {
        if (depth == 0) break;
        --depth;
      }
      ++i;
    }
    if (i == begin || depth != 0) return 0;
  }
  const std::size_t after_destination = i;
  const std::size_t plain_end = EndOfDefinition(text, after_destination);
  // The title: after a blank or a line break.
  std::size_t t = SkipSpaceAndBreak(text, i, &broke);
  if (t == after_destination || t >= text.size() || AtLineEnd(text, t)) {
    return plain_end;
  }
  const char open = text[t];
  if (open != '"' && open != '\'' && open != '(') return plain_end;
  const char close = open == '(' ? ')' : open;
  ++t;
  eols_in_row = 0;
  bool closed = false;
  while (t < text.size()) {
    const char c = text[t];
    if (c == '\\' && t + 1 < text.size()) {
      t += 2;
      eols_in_row = 0;
      continue;
    }
    if (c == close) {
      closed = true;
      ++t;
      break;
    }
    if (open == '(' && c == '(') break;
    if (c == '\n' || c == '\r') {
      if (c == '\r' && t + 1 < text.size() && text[t + 1] == '\n') ++t;
      ++t;
      // A line of only blanks inside the title ends the paragraph.
      const std::size_t next = SkipBlanks(text, t);
      if (AtLineEnd(text, next)) break;
      continue;
    }
    ++t;
  }
  if (closed) {
    const std::size_t end = EndOfDefinition(text, t);
    if (end != 0) return end;
  }
  return plain_end;
}

namespace {

// What rules 1, 4 and 5 of IsHeadingLike() need from a line's words.
struct HeadingWords {
  std::size_t words = 0;        // tokens between blanks that hold a word byte
  std::size_t upper = 0;        // 'A'..'Z' bytes (and cased non-ASCII)
  std::size_t lower = 0;        // 'a'..'z' bytes
  std::size_t caseless = 0;     // letters of caseless scripts
  bool lowercase_word = false;  // a word of 4+ letters starts lowercase
};

// Whether the word at the start of `word` (its first letter lowercase, 4+
// letters in all) keeps a line from being Title Case: its leading
// lowercase letters are no small function word.
bool BreaksTitleCase(std::string_view word) {
  std::size_t end = 0;
  while (end < word.size() && IsLowerByte(word[end])) ++end;
  return !IsSmallWord(word.substr(0, end));
}

// Reads the words of `line` byte by byte, decoding non-ASCII letters for
// their case (CaseOfCodePoint()); false when it holds ',' or ';'.
bool ReadHeadingWords(std::string_view line, HeadingWords* out) {
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size() && IsBlankByte(line[i])) ++i;
    const std::size_t begin = i;
    std::size_t letters = 0;
    bool first_lower = false;
    // Each byte's class is looked up once, and counted without branches;
    // `seen` gathers the classes of the word's bytes.
    std::uint16_t seen = 0;
    while (i < line.size()) {
      const char c = line[i];
      const std::uint16_t cls = ByteClass(c);
      if (cls & kByteBlank) break;
      if (c == ',' || c == ';') return false;
      if (cls & kByteHigh) {
        std::size_t length = 1;
        const Utf8Char decoded =
            DecodeUtf8(line.data() + i, line.data() + line.size());
        length = decoded.length;
        const LetterCase letter_case = decoded.valid
                                           ? CaseOfCodePoint(decoded.code_point)
                                           : LetterCase::kNone;
        const CharClass char_class = decoded.valid
                                         ? ClassifyCodePoint(decoded.code_point)
                                         : CharClass::kSeparator;
        const bool letter = letter_case != LetterCase::kNone ||
                            char_class == CharClass::kLetter ||
                            char_class == CharClass::kCjk;
        out->upper += letter_case == LetterCase::kUpper;
        out->lower += letter_case == LetterCase::kLower;
        out->caseless += letter && letter_case == LetterCase::kNone;
        if (i == begin) first_lower = letter_case == LetterCase::kLower;
        letters += letter;
        seen |= cls;
        i += length;
        continue;
      }
      out->upper += (cls & kByteUpper) != 0;
      out->lower += (cls & kByteLower) != 0;
      letters += (cls & kByteAlpha) != 0;
      if (i == begin) first_lower = (cls & kByteLower) != 0;
      seen |= cls;
      ++i;
    }
    if ((seen & (kByteAlnum | kByteHigh)) == 0) continue;
    ++out->words;
    const std::string_view word = line.substr(begin, i - begin);
    if (first_lower && letters >= 4 &&
        (IsHighByte(word[0]) || BreaksTitleCase(word))) {
      out->lowercase_word = true;
    }
  }
  return true;
}

#if LEDE_SIMD_SSE2
// ReadHeadingWords() for a line of at most 64 bytes, from bit masks of its
// bytes' classes (16 bytes a step, of a zero-padded copy): the counts are
// population counts, and only the words are visited, not the bytes.
bool ReadShortHeadingWords(std::string_view line, HeadingWords* out) {
  alignas(16) char bytes[64] = {};
  CopyShort(bytes, line.data(), line.size());
  std::uint64_t blank = 0, upper = 0, lower = 0, wordish = 0, separator = 0;
  const int steps = static_cast<int>((line.size() + 15) / 16);
  for (int step = 0; step < steps; ++step) {
    const __m128i x =
        _mm_load_si128(reinterpret_cast<const __m128i*>(bytes + 16 * step));
    const auto mask = [](__m128i m) {
      return static_cast<std::uint64_t>(
          static_cast<std::uint16_t>(_mm_movemask_epi8(m)));
    };
    // The bytes in [first, first + count), unsigned.
    const auto in = [x](char first, char count) {
      const __m128i offset = _mm_sub_epi8(x, _mm_set1_epi8(first));
      return _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8(count - 1)),
                            offset);
    };
    const __m128i digit = in('0', 10);
    const __m128i up = in('A', 26);
    const __m128i low = in('a', 26);
    const int shift = 16 * step;
    blank |= mask(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')),
                               _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'))))
             << shift;
    upper |= mask(up) << shift;
    lower |= mask(low) << shift;
    wordish |= (mask(_mm_or_si128(digit, _mm_or_si128(up, low))) |
                mask(x))  // bytes >= 0x80
               << shift;
    separator |= mask(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
                                   _mm_cmpeq_epi8(x, _mm_set1_epi8(';'))))
                 << shift;
  }
  if (separator != 0) return false;
  if ((wordish & ~(upper | lower)) != 0) {
    // Non-ASCII letters (or digits): digits are read as is, but a line with
    // bytes >= 0x80 needs their case, read byte by byte.
    bool high = false;
    for (const char c : line) high = high || IsHighByte(c);
    if (high) return ReadHeadingWords(line, out);
  }
  const std::uint64_t in_line = line.size() == 64
                                    ? ~std::uint64_t{0}
                                    : (std::uint64_t{1} << line.size()) - 1;
  const std::uint64_t solid = ~blank & in_line;
  const std::uint64_t alpha = upper | lower;
  out->upper = static_cast<std::size_t>(CountBits(upper));
  out->lower = static_cast<std::size_t>(CountBits(lower));
  for (std::uint64_t starts = solid & ~(solid << 1); starts != 0;
       starts &= starts - 1) {
    const int at = absl::countr_zero(starts);
    // The word's bytes: the run of solid bytes from `at`.
    const std::uint64_t from = solid >> at;
    const std::uint64_t word = (from & ~(from + 1)) << at;
    if ((wordish & word) == 0) continue;
    ++out->words;
    if (((lower >> at) & 1) != 0 && CountBits(alpha & word) >= 4 &&
        BreaksTitleCase(line.substr(static_cast<std::size_t>(at)))) {
      out->lowercase_word = true;
    }
  }
  return true;
}
#endif

bool IsHeadingLikeWith(std::string_view line, bool vector) {
  if (line.empty() || line.size() > kMaxPlainHeadingBytes) return false;
  // 2. The first character: an uppercase letter of a cased script, or a
  // digit (a lowercase or caseless letter cannot start Title Case).
  std::size_t length = 1;
  if (IsHighByte(line[0])) {
    const Utf8Char c = DecodeUtf8(line.data(), line.data() + line.size());
    if (!c.valid || CaseOfCodePoint(c.code_point) != LetterCase::kUpper) {
      return false;
    }
  } else if (!IsUpperByte(line[0]) && !IsDigitByte(line[0])) {
    return false;
  }
  // 3. The last character.
  const std::size_t last = LastCharStart(line);
  bool question = false;
  if (IsHighByte(line[last])) {
    if (!IsWordLetter(line, last, &length)) return false;
  } else if (line[last] == '?') {
    question = true;
  } else if (!IsAlnumByte(line[last]) && line[last] != ')') {
    return false;
  }
  // 1, 4, 5. Words, commas and case.
  HeadingWords h;
#if LEDE_SIMD_SSE2
  const bool read = vector && line.size() <= 64
                        ? ReadShortHeadingWords(line, &h)
                        : ReadHeadingWords(line, &h);
#else
  static_cast<void>(vector);
  const bool read = ReadHeadingWords(line, &h);
#endif
  if (!read || h.words == 0 || h.words > kMaxPlainHeadingWords) return false;
  // Caseless scripts have no Title Case and no capitals.
  if (h.caseless != 0) return false;
  const bool all_caps = h.lower == 0 && h.upper >= 2;
  const bool title_case = !h.lowercase_word;
  return all_caps || title_case ||
         (question && h.words <= kMaxPlainQuestionWords);
}

}  // namespace

bool IsHeadingLike(std::string_view line) {
  return IsHeadingLikeWith(line, /*vector=*/true);
}

bool IsHeadingLikeByteByByte(std::string_view line) {
  return IsHeadingLikeWith(line, /*vector=*/false);
}

namespace {

// The words of `text`: runs between blanks that hold a letter or digit.
std::size_t CountWordsOf(std::string_view text, std::size_t cap) {
  std::size_t words = 0;
  bool in_word = false;
  bool wordish = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool blank =
        i == text.size() || (ByteClass(text[i]) & (kByteBlank | kByteEol)) != 0;
    if (blank) {
      if (in_word && wordish && ++words > cap) return words;
      in_word = wordish = false;
    } else {
      in_word = true;
      wordish = wordish || IsAlnumByte(text[i]) || IsHighByte(text[i]);
    }
  }
  return words;
}

// Whether `text` ends in sentence-final punctuation, after any closing
// quotes and brackets.
bool EndsSentence(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0) {
    const std::size_t last = LastCharStart(text.substr(0, end));
    const std::string_view c = text.substr(last, end - last);
    if (c == "\"" || c == "'" || c == ")" || c == "\xE2\x80\x9D" ||
        c == "\xE2\x80\x99" || c == "\xC2\xBB") {
      end = last;
      continue;
    }
    return c == "." || c == "!" || c == "?" || c == "\xE2\x80\xA6" ||
           c == "\xE3\x80\x82" || c == "\xEF\xBC\x81" || c == "\xEF\xBC\x9F";
  }
  return false;
}

}  // namespace

bool IsSentenceCaseHeadline(std::string_view line) {
  if (line.empty() || line.size() > kMaxPlainHeadingBytes) return false;
  if (IsHighByte(line[0])) {
    const Utf8Char c = DecodeUtf8(line.data(), line.data() + line.size());
    if (!c.valid) return false;
    const LetterCase letter_case = CaseOfCodePoint(c.code_point);
    if (letter_case == LetterCase::kLower) return false;
    if (letter_case == LetterCase::kNone) {
      const CharClass cls = ClassifyCodePoint(c.code_point);
      if (cls != CharClass::kLetter && cls != CharClass::kCjk) return false;
    }
  } else if (!IsUpperByte(line[0]) && !IsDigitByte(line[0])) {
    return false;
  }
  const std::size_t last = LastCharStart(line);
  if (IsHighByte(line[last])) {
    std::size_t length = 1;
    if (!IsWordLetter(line, last, &length)) return false;
  } else if (!IsAlnumByte(line[last]) && line[last] != ')') {
    return false;
  }
  const std::size_t words = CountWordsOf(line, kMaxHeadlineWords);
  return words >= 1 && words <= kMaxHeadlineWords;
}

bool IsProse(std::string_view paragraph, std::size_t min_words) {
  paragraph = TrimBlanks(paragraph);
  return EndsSentence(paragraph) &&
         CountWordsOf(paragraph, min_words) > min_words;
}

bool FindDateline(std::string_view paragraph, DatelineParts* parts) {
  const std::string_view text = paragraph.substr(0, 160);
  const std::size_t n = text.size();
  // The place: words in capitals, one blank apart.
  std::size_t i = 0;
  std::size_t place_end = 0;
  std::size_t capitals = 0;
  while (i < n) {
    const std::size_t begin = i;
    std::size_t letters = 0;
    bool ok = true;
    while (i < n && ok && !IsBlankByte(text[i]) && text[i] != ',' &&
           text[i] != '(') {
      const char c = text[i];
      std::size_t length = 1;
      if (IsUpperByte(c)) {
        ++letters;
      } else if (IsHighByte(c)) {
        ok = IsWordLetter(text, i, &length);
        letters += ok ? 1 : 0;
      } else if (c != '.' && c != '\'' && c != '-' && c != '&') {
        ok = false;
      }
      if (ok) i += length;
    }
    if (!ok || letters == 0) {
      i = begin;
      break;
    }
    capitals += letters;
    place_end = i;
    if (i + 1 < n && text[i] == ' ' && !IsBlankByte(text[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  if (place_end == 0 || capitals < 2) return false;
  DatelineParts out;
  out.place_length = place_end;
  i = place_end;
  // ", Region" (no digit) joins the place; ", March 25" is the date.
  for (int segment = 0; segment < 2 && i < n && text[i] == ','; ++segment) {
    std::size_t begin = i + 1;
    while (begin < n && IsBlankByte(text[begin])) ++begin;
    std::size_t end = begin;
    bool digit = false;
    while (end < n && text[end] != ',' && text[end] != '(') {
      std::size_t dash = 0;
      if (IsBlankByte(text[end]) && StartsDash(text.substr(end + 1), &dash)) {
        break;
      }
      digit = digit || IsDigitByte(text[end]);
      ++end;
    }
    const std::string_view value = TrimBlanks(text.substr(begin, end - begin));
    if (value.empty() || end >= n) return false;
    if (digit) {
      if (out.date_length != 0) return false;
      out.date_offset = begin;
      out.date_length = value.size();
    } else {
      if (out.date_length != 0) return false;
      out.place_length = begin + value.size();
    }
    i = end;
  }
  std::size_t blanks = 0;
  while (i < n && IsBlankByte(text[i])) ++i, ++blanks;
  if (i < n && text[i] == '(') {
    const std::size_t close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return false;
    const std::string_view source =
        TrimBlanks(text.substr(i + 1, close - i - 1));
    if (source.empty()) return false;
    out.source_offset = static_cast<std::size_t>(source.data() - text.data());
    out.source_length = source.size();
    i = close + 1;
    blanks = 0;
    while (i < n && IsBlankByte(text[i])) ++i, ++blanks;
  }
  std::size_t dash = 0;
  if (blanks == 0 || !StartsDash(text.substr(i), &dash)) return false;
  i += dash;
  out.length = i;
  if (i >= n || !IsBlankByte(text[i])) return false;
  while (i < n && IsBlankByte(text[i])) ++i;
  if (i >= n) return false;
  out.lead_offset = i;
  *parts = out;
  return true;
}

}  // namespace internal
}  // namespace lede
