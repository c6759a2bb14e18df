// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: article.h
// -----------------------------------------------------------------------------
//
// This header declares lede's article parser and its metadata model. Given
// the text of a news or blog article, `lede::ArticleParser` finds its header
// (an inline date line, a `Key: value` block, YAML or TOML front matter, or
// title/date lines), its date, title, byline and wire dateline, its lead, and
// its sections with their headings and blocks, and counts its words,
// sentences and paragraphs.
//
// The zero-copy path: `ArticleParser::Parse()` returns an `ArticleView` whose
// strings are `std::string_view`s into the caller's buffer (or, for the few
// header values that need unescaping, into the parser's scratch), each with
// its byte offset in the input. A parser reused across articles keeps its
// buffers, so in the steady state parsing does not allocate.
//
//   lede::ArticleParser parser;
//   for (const std::string& text : articles) {
//     absl::StatusOr<lede::ArticleView> article = parser.Parse(text);
//     if (!article.ok()) continue;  // only an input over a configured limit
//     if (article->date) Use(article->date->FormatIso8601());
//     for (const lede::Section& section : article->sections) { ... }
//   }  // each view is valid until the next Parse() on `parser`
//
// For results that outlive the parser and the buffer, `ParseArticle()` (or
// `Article(view)`) returns an owning `lede::Article`.
//
// Lifetimes, once for the whole header: every `std::string_view` and
// `absl::Span` reachable from an `ArticleView` returned by
// `ArticleParser::Parse(text)` is valid until the next `Parse()` on this
// parser or its destruction, and, where it points into `text`, while `text`
// is alive and unmodified. Offsets are byte offsets into `text` and stay
// meaningful forever.

#ifndef LEDE_ARTICLE_H_
#define LEDE_ARTICLE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "absl/base/attributes.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "lede/date.h"
#include "lede/export.h"

namespace lede {

// TextSpan
//
// A piece of the article: its text and where it came from. For most values
// `text == input.substr(offset, length)`; for a header value whose quotes
// were removed or whose escapes were resolved, `text` is the value and
// `offset`/`length` locate its source in the input.
// Lifetime: valid until the next `Parse()` on the parser that returned it or
// its destruction, and while the input is alive and unmodified.
struct TextSpan {
  std::string_view text;
  std::size_t offset = 0;
  std::size_t length = 0;
};

// HeaderStyle
//
// Which kind of header an article starts with.
enum class HeaderStyle {
  kNone,        // the body starts at the top
  kInlineDate,  // " date 2024-03-25 Following a deadly..." (body on the line)
  kKeyValue,    // "Date: March 25, 2024" / "Title: ..." lines, a blank line
  kYaml,        // front matter between "---" lines
  kToml,        // front matter between "+++" lines
  kDateLines,   // a title line and a date line, or a lone date line, or
                // "Published: ..." / "Updated: ..." / "By ..." lines
};

// HeaderStyleName()
//
// Returns "none", "inline_date", "key_value", "yaml", "toml" or "date_lines".
// Lifetime: static storage; always valid.
[[nodiscard]] LEDE_EXPORT std::string_view HeaderStyleName(HeaderStyle style);

// ValueType
//
// What a header value's syntax made it: YAML and TOML type an unquoted
// scalar ("draft: true" is a boolean, "weight: 10" an integer, "date:
// 2024-03-25" a date); every other value, a quoted one, a list's raw text and
// each value of a `Key: value` header, is a string.
enum class ValueType : std::uint8_t {
  kString,
  kBoolean,  // YAML true/false (any of its three cases), TOML true/false
  kInteger,  // "10", "-3", "0x1F", TOML "1_000"; within 64 bits
  kFloat,    // "1.5", "6.02e23", ".inf", TOML "1_000.5", "nan"
  kDate,     // an unquoted date or date-time ("2024-03-25T10:05:30Z")
  kNull,     // YAML "null", "~"
};

// ValueTypeName()
//
// Returns "string", "boolean", "integer", "float", "date" or "null".
// Lifetime: static storage; always valid.
[[nodiscard]] LEDE_EXPORT std::string_view ValueTypeName(ValueType type);

// HeaderField
//
// One `key: value` of a header or front matter, in input order. `key` is as
// written (match it case-insensitively). `value` is the value with quotes
// removed and escapes resolved (a list's raw text for a list). `items` holds
// the list's elements for a list value ("[a, b]", "- a" lines, or a Tags /
// Keywords value split at commas); it is empty for a scalar. Each TextSpan's
// `offset` and `length` locate its source text in the input. `type` says how
// the front matter typed a scalar `value` (kString for a list).
struct HeaderField {
  TextSpan key;
  TextSpan value;
  absl::Span<const TextSpan> items;
  bool is_list = false;
  ValueType type = ValueType::kString;
};

// BlockKind
//
// What a block of the body is.
enum class BlockKind {
  kParagraph,
  kHeading,  // only as a section's heading, never in Section::blocks
  kList,     // lines starting "- ", "* ", "+ ", "1. ", "1) "
  kQuote,    // lines starting "> "
  kCode,     // a fenced code block (``` or ~~~), never split at blank lines
  kRule,     // a thematic break ("***", "___", "- - -")
  kTable,    // Markdown table lines ("| a | b |")
  kHtml,     // a block of raw HTML
};

// BlockKindName()
//
// Returns "paragraph", "heading", "list", "quote", "code", "rule", "table" or
// "html". Lifetime: static storage; always valid.
[[nodiscard]] LEDE_EXPORT std::string_view BlockKindName(BlockKind kind);

// Block
//
// One block of the body: `text` is the block's bytes in the input, from its
// first non-blank byte to the end of its last line (without the line ending),
// and `offset`/`length` are its position (`text.size() == length`).
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string_view text;
  std::size_t offset = 0;
  std::size_t length = 0;
};

// Section
//
// A heading and the blocks up to the next heading. The run of blocks before
// the first heading is a section with no heading and level 0 (present only
// when it has blocks). `offset`/`length` cover the section from its heading
// (or the body's first block) to the byte before the next section, so the
// sections tile the body. `heading.text` is the heading's words without "#"
// marks or setext underline (its offset/length cover the whole heading
// block); `level` is 1..6 for Markdown headings, 2 for plain-text headings.
struct Section {
  std::optional<TextSpan> heading;
  int level = 0;
  std::size_t offset = 0;
  std::size_t length = 0;
  absl::Span<const Block> blocks;
};

// Author
//
// One name from a byline or an author header, with the role written after it
// ("Jane Doe, Staff Reporter" gives name "Jane Doe", role "Staff Reporter").
struct Author {
  TextSpan name;
  std::optional<TextSpan> role;
};

// Byline
//
// "By Jane Doe and John Roe" (the text after "By", or the author header's
// value) and the names in it.
struct Byline {
  TextSpan text;
  absl::Span<const Author> authors;
};

// Dateline
//
// A wire dateline at the start of the first paragraph: in
// "MOSCOW, March 25 (Reuters) - Officials said", `text` is
// "MOSCOW, March 25 (Reuters) -", `place` "MOSCOW", `date_text` "March 25"
// and `source` "Reuters". The lead's text starts after it.
struct Dateline {
  TextSpan text;
  TextSpan place;
  std::optional<TextSpan> date_text;
  std::optional<TextSpan> source;
};

// Stats
//
// Counts over the body's paragraphs, lists, quotes and headings (not the
// header, not code blocks). `words` counts runs of letters and digits (an
// inner apostrophe or hyphen joins them; "3.5" is one word) and each CJK
// character as one word; `sentences` counts sentence ends in paragraphs, not
// fooled by "Mr.", "U.S.", "3.5" or initials (a paragraph without final
// punctuation is one sentence). `reading_minutes` is rounded up.
struct Stats {
  std::size_t bytes = 0;
  std::size_t words = 0;
  std::size_t cjk_characters = 0;
  std::size_t sentences = 0;
  std::size_t paragraphs = 0;
  std::size_t sections = 0;
  std::size_t reading_minutes = 0;
};

// WarningCode
//
// Soft problems found while parsing. None of them stops a parse.
enum class WarningCode {
  kBomStripped,              // a UTF-8 byte order mark was skipped
  kCrLineEndings,            // lines end in CR LF or lone CR
  kMixedLineEndings,         // lines end in more than one way
  kUnterminatedFrontMatter,  // "---"/"+++" never closed; all of it is body
  kUnparseableDate,          // a date value that is not a date; raw text kept
  kDuplicateKey,             // a header key given twice; both kept
  kHeaderTooLarge,           // header over ParseOptions::max_header_bytes
  kNoDate,                   // the article carries no date
  kInvalidUtf8,              // bytes that are not UTF-8, at `offset`
  kNulByte,                  // a NUL byte in the text, at `offset`
  kHeadingWithoutBody,       // a heading followed by no block
  kAmbiguousDate,            // day/month order ambiguous (03/04/2024)
  kAmbiguousZone,            // zone abbreviation with several offsets
  kInputTruncated,           // input over ParseOptions::max_input_bytes
  kTooManyBlocks,            // blocks over ParseOptions::max_blocks
  kTooManySections,          // sections over ParseOptions::max_sections
  kTooManyWarnings,          // warnings over ParseOptions::max_warnings
};

// WarningCodeName()
//
// Returns the code's snake_case name ("bom_stripped", "invalid_utf8", ...).
// Lifetime: static storage; always valid.
[[nodiscard]] LEDE_EXPORT std::string_view WarningCodeName(WarningCode code);

// Warning
//
// A warning and the byte offset in the input it concerns.
// Lifetime: `message` is static storage or points into the parser's scratch.
struct Warning {
  WarningCode code;
  std::size_t offset = 0;
  std::string_view message;
};

// DocumentFormat
//
// How the body's blocks are read: as plain text (paragraphs at blank lines,
// the plain-text heading and title rules) or as Markdown (blocks as CommonMark
// structures them). kAuto decides from the text; ArticleView::format says
// which was used.
//
// Markdown: the top-level blocks as CommonMark reads them (ATX and setext
// headings, thematic breaks, indented and fenced code, the seven kinds of
// HTML block, link reference definitions, which are no block and never the
// lead, block quotes and lists as containers with lazy continuation lines,
// tabs to stops of four columns). A heading inside a block quote or a list
// item stays part of that block (kQuote, kList) and starts no section. The
// plain-text heading and title rules are off: the title comes from the
// header or a first level-1 heading.
//
// kAuto reads Markdown when a person would: front matter (YAML or TOML), or
// a line (at most three columns in) that is an ATX heading ("## Usage"), a
// code fence ("```"), or a link reference definition opening a block
// ("[1]: https://..."), or a list item holding inline Markdown ("](", "**",
// "`"), or two of these weaker kinds: list items, block quote lines, HTML
// block starts. Anything else is plain text. The `lede` command also takes a
// file named *.md or *.markdown as Markdown.
enum class DocumentFormat {
  kAuto,
  kPlainText,
  kMarkdown,
};

// DocumentFormatName()
//
// Returns "auto", "plain" or "markdown".
// Lifetime: a static string; always valid.
[[nodiscard]] LEDE_EXPORT std::string_view DocumentFormatName(
    DocumentFormat format);

// LimitAction
//
// What the parser does when an input exceeds one of ParseOptions' caps.
enum class LimitAction {
  kTruncate,  // stop at the cap, keep what was parsed, add a warning
  kError,     // return absl::ResourceExhaustedError, for every cap
};

// kDefaultMaxInputBytes
//
// ParseOptions::max_input_bytes by default: 64 GiB, or the largest size_t
// where size_t has 32 bits.
inline constexpr std::size_t kDefaultMaxInputBytes =
    sizeof(std::size_t) >= 8 ? static_cast<std::size_t>(std::uint64_t{1} << 36)
                             : ~std::size_t{0};

// kDefaultWordsPerMinute, kDefaultCjkCharactersPerMinute
//
// The reading speeds of Stats::reading_minutes by default, and for a
// ParseOptions rate that is 0 or negative.
inline constexpr int kDefaultWordsPerMinute = 230;
inline constexpr int kDefaultCjkCharactersPerMinute = 500;

// ParseOptions
//
// How ArticleParser reads articles. The defaults parse every input whole up to
// 64 GiB; the caps exist for users who want to bound the work per article.
// Past any cap (max_input_bytes, max_header_bytes, max_blocks, max_sections,
// max_warnings), `on_limit` decides: kTruncate parses on as each cap says
// and warns, kError makes Parse() return absl::ResourceExhaustedError.
struct ParseOptions {
  DateOptions date;
  // How to read the body: plain text, Markdown, or decided from the text.
  DocumentFormat format = DocumentFormat::kAuto;
  // Inputs longer than this are cut here (kTruncate) or refused (kError).
  std::size_t max_input_bytes = kDefaultMaxInputBytes;
  // A header or front matter longer than this is not read as a header.
  std::size_t max_header_bytes = std::size_t{16} << 20;
  // Caps on the body's blocks and sections.
  std::size_t max_blocks = std::size_t{1} << 26;
  std::size_t max_sections = std::size_t{1} << 26;
  // Warnings past this many are dropped (one kTooManyWarnings says so).
  std::size_t max_warnings = 1000;
  LimitAction on_limit = LimitAction::kTruncate;
  // Reading speed for `Stats::reading_minutes`. A rate of 0 or less reads
  // as its default (kDefaultWordsPerMinute, kDefaultCjkCharactersPerMinute).
  int words_per_minute = kDefaultWordsPerMinute;
  int cjk_characters_per_minute = kDefaultCjkCharactersPerMinute;
};

// ArticleView
//
// The metadata of one article, as views into its text.
// Lifetime: valid until the next `Parse()` on the parser that returned it or
// its destruction, and while the input is alive and unmodified.
struct ArticleView {
  // The whole input (after any truncation at max_input_bytes).
  std::string_view input;

  HeaderStyle header_style = HeaderStyle::kNone;
  // The format the body was read in: ParseOptions::format, or what kAuto
  // decided (never kAuto).
  DocumentFormat format = DocumentFormat::kPlainText;
  // The header's bytes, from the top of the input (a BOM included) to the
  // body; empty for kNone.
  std::size_t header_offset = 0;
  std::size_t header_length = 0;
  // The body: from the end of the header to the end of the input.
  std::size_t body_offset = 0;

  // Header or front-matter fields in input order; duplicates kept.
  absl::Span<const HeaderField> headers;

  // The published date (date, published, pubdate, publish_date, created, or
  // the inline date line), and its exact text in the input. When the only
  // date given is an updated one, it is both `date` and `updated`.
  std::optional<DateTime> date;
  std::optional<TextSpan> date_text;
  std::optional<DateTime> updated;
  std::optional<TextSpan> updated_text;

  std::optional<TextSpan> title;
  // The body's line that was read as the title and left out of the
  // sections: the heading `title` came from, or, when the header gave the
  // title, a first heading of the body that repeats it. Absent otherwise.
  std::optional<TextSpan> title_heading;
  std::optional<Byline> byline;
  std::optional<Dateline> dateline;
  absl::Span<const TextSpan> tags;

  // The first paragraph of the body, after any dateline.
  std::optional<TextSpan> lead;
  absl::Span<const Section> sections;

  Stats stats;
  absl::Span<const Warning> warnings;

  // ArticleView::FindHeader()
  //
  // Returns the first header field whose key equals `key` ignoring ASCII
  // case, or nullptr. Lifetime: as the view.
  [[nodiscard]] const HeaderField* FindHeader(std::string_view key) const;
};

namespace internal {
class ParseState;
}  // namespace internal

// ArticleParser
//
// Parses articles into ArticleViews, reusing its buffers from one Parse() to
// the next. Not thread-safe: use one parser per thread. Movable, not
// copyable. A moved-from parser holds nothing: it may be assigned to or
// destroyed; Parse() on it fails an assertion in debug builds and returns
// absl::FailedPreconditionError otherwise, and options() gives the defaults.
class LEDE_EXPORT ArticleParser {
 public:
  explicit ArticleParser(const ParseOptions& options = {});
  ~ArticleParser();
  ArticleParser(ArticleParser&&) noexcept;
  ArticleParser& operator=(ArticleParser&&) noexcept;
  ArticleParser(const ArticleParser&) = delete;
  ArticleParser& operator=(const ArticleParser&) = delete;

  // ArticleParser::Parse()
  //
  // Parses `text` and returns its metadata. Never copies `text`. Returns
  // `absl::ResourceExhaustedError` only when `text` exceeds a cap of
  // ParseOptions (any of them) and `on_limit` is kError, with the cap and the
  // byte offset where it was reached; every other input, whatever its
  // bytes, gives a view (with warnings for what was wrong).
  // Lifetime: the view is valid until the next `Parse()` on this parser or
  // its destruction, and while `text` is alive and unmodified.
  [[nodiscard]] absl::StatusOr<ArticleView> Parse(
      std::string_view text ABSL_ATTRIBUTE_LIFETIME_BOUND) &
      ABSL_ATTRIBUTE_LIFETIME_BOUND;

  // A NUL-terminated string (a literal): as Parse(std::string_view(text)).
  [[nodiscard]] absl::StatusOr<ArticleView> Parse(
      const char* text ABSL_ATTRIBUTE_LIFETIME_BOUND) &
      ABSL_ATTRIBUTE_LIFETIME_BOUND {
    return Parse(std::string_view(text));
  }

  // A temporary string would die before the view that points into it, and a
  // temporary parser before its scratch: neither compiles (a const
  // temporary, `Parse(GetConstString())`, neither).
  absl::StatusOr<ArticleView> Parse(std::string&& text) & = delete;
  absl::StatusOr<ArticleView> Parse(const std::string&& text) & = delete;
  absl::StatusOr<ArticleView> Parse(std::string_view text) && = delete;

  // ArticleParser::options()
  //
  // Returns the options this parser was made with.
  [[nodiscard]] const ParseOptions& options() const;

 private:
  std::unique_ptr<internal::ParseState> state_;
};

// Article
//
// An owning copy of an article's metadata: it holds its own copy of the input
// and of every value, so it outlives the parser and the caller's buffer.
// Copyable and movable.
class LEDE_EXPORT Article {
 public:
  // Copies the text and every value `view` refers to.
  explicit Article(const ArticleView& view);
  ~Article();
  Article(const Article& other);
  Article& operator=(const Article& other);
  Article(Article&& other) noexcept;
  Article& operator=(Article&& other) noexcept;

  // Article::view()
  //
  // Returns the metadata as a view into this object.
  // Lifetime: valid while this Article is alive and not assigned to.
  [[nodiscard]] const ArticleView& view() const& ABSL_ATTRIBUTE_LIFETIME_BOUND;
  const ArticleView* operator->() const& ABSL_ATTRIBUTE_LIFETIME_BOUND {
    return &view();
  }
  // The view of a temporary Article would outlive it: does not compile.
  const ArticleView& view() const&& = delete;
  const ArticleView* operator->() const&& = delete;

 private:
  struct Storage;
  std::unique_ptr<Storage> storage_;
};

// ParseArticle()
//
// Parses `text` with a fresh parser and returns an owning Article. Errors as
// ArticleParser::Parse().
[[nodiscard]] LEDE_EXPORT absl::StatusOr<Article> ParseArticle(
    std::string_view text, const ParseOptions& options = {});

}  // namespace lede

#endif  // LEDE_ARTICLE_H_
