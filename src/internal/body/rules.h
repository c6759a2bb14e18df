// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: body_rules.h
// -----------------------------------------------------------------------------
//
// The line and block recognisers of the body parser: Markdown line starts
// (ATX headings, setext underlines, fences, thematic breaks, list items,
// quotes, tables, HTML), the plain-text heading test and the wire dateline.
// Each looks at one line or one block and reads a bounded number of bytes
// beyond what it returns, so the body parser stays linear.

#ifndef LEDE_SRC_INTERNAL_BODY_RULES_H_
#define LEDE_SRC_INTERNAL_BODY_RULES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lede {
namespace internal {

// The longest one-line block IsHeadingLike() accepts, and its most words.
inline constexpr std::size_t kMaxPlainHeadingBytes = 150;
inline constexpr std::size_t kMaxPlainHeadingWords = 12;
// A question in sentence case ("What happens next?") may have this many.
inline constexpr std::size_t kMaxPlainQuestionWords = 8;

// LetterCase
//
// The case of a letter: kUpper, kLower, or kNone for a caseless letter (Han,
// kana, Arabic, Hebrew, Devanagari, Thai, Georgian Mkhedruli, ...) and for
// anything that is not a letter.
enum class LetterCase { kNone, kUpper, kLower };

// CaseOfCodePoint()
//
// Returns the case of `code_point` in the cased scripts: Latin (ASCII,
// Latin-1, Extended-A/B and Additional, fullwidth), Greek, Cyrillic,
// Armenian, Georgian Asomtavruli. Ranges, not tables: a few rare
// letters of Latin Extended-B are read by the even/odd pairing most of it
// follows.
LetterCase CaseOfCodePoint(std::uint32_t code_point);

// In every function below, `line` starts at the line's first non-blank byte
// (its indentation, at most three columns, already skipped) and ends before
// the line ending.

// AtxHeadingLevel()
//
// Returns 1..6 when `line` is an ATX heading ("#" to "######" followed by a
// blank or the end of the line), else 0. "#hashtag" is not a heading.
int AtxHeadingLevel(std::string_view line);

// AtxHeadingText()
//
// Returns the words of ATX heading `line`: without the opening "#"s, an
// optional closing run of "#"s (after a blank) and surrounding blanks.
// Lifetime: points into `line`; valid while `line` is alive and unmodified.
std::string_view AtxHeadingText(std::string_view line);

// SetextUnderline()
//
// Returns '=' or '-' when `line` is a run of at least two of that character
// with only blanks after it, else 0.
char SetextUnderline(std::string_view line);

// SetextUnderlineOf()
//
// SetextUnderline() with a run of at least `min_run` characters: CommonMark
// takes a single "=" or "-" (min_run 1); the plain-text reading wants two.
char SetextUnderlineOf(std::string_view line, std::size_t min_run);

// IsThematicBreak()
//
// Returns true for three or more of one of '*', '-', '_' with only blanks
// between and after them ("***", "- - -").
bool IsThematicBreak(std::string_view line);

// Fence
//
// An open code fence: its character ('`' or '~') and length (at least 3).
struct Fence {
  char marker = 0;
  std::size_t length = 0;
};

// OpensFence()
//
// Returns true and sets `*fence` when `line` opens a fenced code block
// ("```" or "~~~", three or more; a backtick fence's info string has no
// backtick).
bool OpensFence(std::string_view line, Fence* fence);

// ClosesFence()
//
// Returns true when `line` is a run of `fence.marker`, at least
// `fence.length` long, with only blanks after it.
bool ClosesFence(std::string_view line, const Fence& fence);

// IsBulletItem() / IsListItem()
//
// IsBulletItem(): "- ", "* ", "+ " (or the marker alone). IsListItem(): a
// bullet or an ordered item, one to nine digits then "." or ")" and a blank
// (or the end of the line).
bool IsBulletItem(std::string_view line);
bool IsListItem(std::string_view line);

// IsHtmlStart()
//
// Returns true when `line` starts a raw HTML block: "<" followed by a letter,
// "/", "!" or "?".
bool IsHtmlStart(std::string_view line);

// ListMarker
//
// A CommonMark list item's marker: `width` bytes ("-", "12."), its kind
// (the bullet character, or the delimiter '.' or ')' of an ordered item),
// whether it is ordered and starts at 1, and whether nothing but blanks
// follows it on the line.
struct ListMarker {
  std::size_t width = 0;
  char kind = 0;
  bool ordered = false;
  bool starts_at_one = false;
  bool empty = false;
};

// ReadListMarker()
//
// Returns true and fills `*marker` when `line` starts with a list marker:
// "-", "+" or "*", or one to nine digits and "." or ")", followed by a blank
// or the end of the line.
bool ReadListMarker(std::string_view line, ListMarker* marker);

// HtmlBlockStart()
//
// Returns which of CommonMark's seven HTML block start conditions `line`
// meets (1..7), or 0: 1 "<script", "<pre", "<style", "<textarea"; 2 "<!--";
// 3 "<?"; 4 "<!" and a letter; 5 "<![CDATA["; 6 "<" or "</" and a block
// tag name (div, p, table, ...); 7 a whole open or closing tag of another
// name alone on the line. Condition 7 cannot interrupt a paragraph: pass
// `in_paragraph` true to leave it out.
int HtmlBlockStart(std::string_view line, bool in_paragraph);

// HtmlBlockEnds()
//
// For conditions 1..5: whether `line` holds the block's end ("</script>"
// and its kin, "-->", "?>", ">", "]]>"). Conditions 6 and 7 end at a blank
// line, which the caller sees.
bool HtmlBlockEnds(std::string_view line, int condition);

// LinkDefinitionLength()
//
// Returns the length of the link reference definition at the start of
// `text` (a paragraph's bytes from its first line on), through the line
// ending after it, or 0 when `text` does not start with one: at most three
// blanks, "[label]:" (the label up to 999 bytes, not blank, no unescaped
// bracket; it may span lines), the destination ("<...>" or a run without
// blanks and with balanced parentheses), and an optional title ('"', "'"
// or "(" quoted, after a blank), with only blanks after it on its line. A
// definition spans at most one line break between its parts and no blank
// line. Reads no byte past the definition's last line.
std::size_t LinkDefinitionLength(std::string_view text);

// IsHeadingLike()
//
// Returns true when `line` (one line, blanks trimmed) reads as a heading and
// not as prose. All of:
//   1. 1..kMaxPlainHeadingBytes bytes and 1..kMaxPlainHeadingWords words
//      (a word holds a letter or digit);
//   2. it starts with a digit or an uppercase letter of a cased script
//      (Latin, Greek, Cyrillic, Armenian; see CaseOfCodePoint()): not a
//      lowercase letter, a letter of a caseless script, a quote, bracket,
//      dash or other punctuation;
//   3. it does not end in ".", ",", ";", ":", "!", a quote (" ' ” ’ »), an
//      ellipsis or a dash; it may end in "?";
//   4. it holds no "," or ";" (a list of names, a clause);
//   5. it holds no letter of a caseless script (Han, Arabic, Hebrew, ...:
//      they have no Title Case), and it is ALL CAPS (no lowercase letter, at
//      least two uppercase), or Title Case (no word of four or more letters
//      starts with a lowercase letter of any cased script, except short
//      English function words: "with", "from", "about", "between", ...), or
//      it is a question of at most kMaxPlainQuestionWords words.
// List items, quotes and other Markdown blocks are rejected by the caller.
bool IsHeadingLike(std::string_view line);

// The most words a sentence-case headline may have.
inline constexpr std::size_t kMaxHeadlineWords = 16;

// IsSentenceCaseHeadline()
//
// Returns true when `line` (one line, blanks trimmed) can be a plain-text
// headline in sentence case ("Telegraph newspapers axe 90 jobs"): at most
// kMaxPlainHeadingBytes bytes and kMaxHeadlineWords words; it starts with a
// digit, an uppercase letter of a cased script or a letter of a caseless
// one; and it does not end in sentence-final punctuation (". ! ? … : ; ,")
// or a quote or dash. The caller checks that prose follows it.
bool IsSentenceCaseHeadline(std::string_view line);

// IsProse()
//
// Returns true when `paragraph` reads as running prose: more than
// `min_words` words and it ends a sentence (". ! ? …", optionally followed
// by a closing quote or bracket).
bool IsProse(std::string_view paragraph, std::size_t min_words);

// IsHeadingLike() reading the line byte by byte, as it does lines of more
// than 64 bytes and without SSE2: the reference its mask path is tested
// against.
bool IsHeadingLikeByteByByte(std::string_view line);

// DatelineParts
//
// Where the parts of a wire dateline lie, as offsets into the paragraph.
struct DatelineParts {
  std::size_t length = 0;        // the dateline through its dash
  std::size_t place_length = 0;  // the place starts at 0
  std::size_t date_offset = 0;
  std::size_t date_length = 0;  // 0: no date
  std::size_t source_offset = 0;
  std::size_t source_length = 0;  // 0: no source
  std::size_t lead_offset = 0;    // the first byte after the dash and blanks
};

// FindDateline()
//
// Returns true and fills `*parts` when `paragraph` starts with a wire
// dateline: a place in capitals ("MOSCOW", "NEW YORK", "ST. LOUIS", then
// optionally ", Region" in any case), optionally ", " and a date holding a
// digit ("March 25"), optionally a source in parentheses ("(Reuters)"), then
// a blank, a dash ("-", "--", "–", "—"), a blank and more text. Reads at most
// the paragraph's first 160 bytes.
bool FindDateline(std::string_view paragraph, DatelineParts* parts);

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_BODY_RULES_H_
