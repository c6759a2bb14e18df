// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "lede/article.h"

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/base/macros.h"
#include "absl/status/status.h"
#include "src/internal/body/body.h"
#include "src/internal/header/header.h"
#include "src/internal/parse_state.h"

namespace lede {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

}  // namespace

std::string_view HeaderStyleName(HeaderStyle style) {
  switch (style) {
    case HeaderStyle::kNone:
      return "none";
    case HeaderStyle::kInlineDate:
      return "inline_date";
    case HeaderStyle::kKeyValue:
      return "key_value";
    case HeaderStyle::kYaml:
      return "yaml";
    case HeaderStyle::kToml:
      return "toml";
    case HeaderStyle::kDateLines:
      return "date_lines";
  }
  return "none";
}

std::string_view DocumentFormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kAuto:
      return "auto";
    case DocumentFormat::kPlainText:
      return "plain";
    case DocumentFormat::kMarkdown:
      return "markdown";
  }
  return "plain";
}

std::string_view BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kList:
      return "list";
    case BlockKind::kQuote:
      return "quote";
    case BlockKind::kCode:
      return "code";
    case BlockKind::kRule:
      return "rule";
    case BlockKind::kTable:
      return "table";
    case BlockKind::kHtml:
      return "html";
  }
  return "paragraph";
}

std::string_view WarningCodeName(WarningCode code) {
  switch (code) {
    case WarningCode::kBomStripped:
      return "bom_stripped";
    case WarningCode::kCrLineEndings:
      return "cr_line_endings";
    case WarningCode::kMixedLineEndings:
      return "mixed_line_endings";
    case WarningCode::kUnterminatedFrontMatter:
      return "unterminated_front_matter";
    case WarningCode::kUnparseableDate:
      return "unparseable_date";
    case WarningCode::kDuplicateKey:
      return "duplicate_key";
    case WarningCode::kHeaderTooLarge:
      return "header_too_large";
    case WarningCode::kNoDate:
      return "no_date";
    case WarningCode::kInvalidUtf8:
      return "invalid_utf8";
    case WarningCode::kNulByte:
      return "nul_byte";
    case WarningCode::kHeadingWithoutBody:
      return "heading_without_body";
    case WarningCode::kAmbiguousDate:
      return "ambiguous_date";
    case WarningCode::kAmbiguousZone:
      return "ambiguous_zone";
    case WarningCode::kInputTruncated:
      return "input_truncated";
    case WarningCode::kTooManyBlocks:
      return "too_many_blocks";
    case WarningCode::kTooManySections:
      return "too_many_sections";
    case WarningCode::kTooManyWarnings:
      return "too_many_warnings";
  }
  return "unknown";
}

const HeaderField* ArticleView::FindHeader(std::string_view key) const {
  for (const HeaderField& field : headers) {
    if (EqualsIgnoreAsciiCase(field.key.text, key)) return &field;
  }
  return nullptr;
}

// ---- ParseState
// ----------------------------------------------------------------

namespace internal {

// Reset() below sets each member of ArticleView: one added there must be
// reset there too (this size is that of a 64-bit build).
static_assert(sizeof(void*) != 8 || sizeof(ArticleView) == 816,
              "ArticleView changed: reset its new member in Reset()");

void ParseState::Reset(std::string_view text) {
  input = text;
  fields.clear();
  field_items.clear();
  items.clear();
  tags.clear();
  authors.clear();
  blocks.clear();
  sections.clear();
  section_blocks.clear();
  warnings.clear();
  scratch.clear();
  // Member by member, each optional by its flag: assigning a whole empty
  // view writes all of its bytes, and compiles to a string store that
  // takes longer to start than these stores take.
  view.input = text;
  view.header_style = HeaderStyle::kNone;
  view.format = DocumentFormat::kPlainText;
  view.header_offset = 0;
  view.header_length = 0;
  view.body_offset = 0;
  view.headers = {};
  view.date.reset();
  view.date_text.reset();
  view.updated.reset();
  view.updated_text.reset();
  view.title.reset();
  view.title_heading.reset();
  view.byline.reset();
  view.dateline.reset();
  view.tags = {};
  view.lead.reset();
  view.sections = {};
  view.stats = Stats();
  view.stats.bytes = text.size();
  view.warnings = {};
}

void ParseState::AddWarning(WarningCode code, std::size_t offset,
                            std::string_view message) {
  // Filled in place, member by member: a Warning built on the stack would
  // be copied with loads wider than the stores that built it, which stalls.
  if (warnings.size() < options.max_warnings) {
    Warning& warning = warnings.emplace_back();
    warning.code = code;
    warning.offset = offset;
    warning.message = message;
  } else if (warnings.size() == options.max_warnings) {
    Warning& warning = warnings.emplace_back();
    warning.code = WarningCode::kTooManyWarnings;
    warning.offset = offset;
    warning.message = "too many warnings; the rest were dropped";
  }
}

void ParseState::Finish() {
  for (std::size_t i = 0; i < fields.size() && i < field_items.size(); ++i) {
    fields[i].items = absl::MakeConstSpan(items).subspan(field_items[i].begin,
                                                         field_items[i].size);
  }
  for (std::size_t i = 0; i < sections.size() && i < section_blocks.size();
       ++i) {
    sections[i].blocks = absl::MakeConstSpan(blocks).subspan(
        section_blocks[i].begin, section_blocks[i].size);
  }
  view.headers = fields;
  view.tags = tags;
  if (view.byline) view.byline->authors = authors;
  view.sections = sections;
  view.warnings = warnings;
}

}  // namespace internal

// ---- ArticleParser
// -------------------------------------------------------------

ArticleParser::ArticleParser(const ParseOptions& options)
    : state_(std::make_unique<internal::ParseState>(options)) {}
ArticleParser::~ArticleParser() = default;
ArticleParser::ArticleParser(ArticleParser&&) noexcept = default;
ArticleParser& ArticleParser::operator=(ArticleParser&&) noexcept = default;

const ParseOptions& ArticleParser::options() const {
  static const ParseOptions kDefaults;
  ABSL_HARDENING_ASSERT(state_ != nullptr &&
                        "options() on a moved-from parser");
  return state_ != nullptr ? state_->options : kDefaults;
}

namespace {

// One parse of `text` into `state`. The byte scan (NUL, UTF-8, line endings)
// runs either first, as one pass, or, when not `scan_first`, alongside the
// body parse (the search for each line's end checks the bytes it reads), so
// that a large input is read from memory once; its warnings are then moved
// to where the first way puts them. That
// way returns false, and leaves the state to be parsed again the first way,
// when the warning cap was reached (which warnings the cap keeps depends on
// the order they are added in).
bool RunParse(std::string_view text, bool truncated, bool scan_first,
              internal::ParseState* state) {
  state->Reset(text);
  if (truncated) {
    state->AddWarning(WarningCode::kInputTruncated, text.size(),
                      "input cut at ParseOptions::max_input_bytes");
  }
  std::size_t begin = 0;
  if (text.substr(0, kBom.size()) == kBom) {
    state->AddWarning(WarningCode::kBomStripped, 0,
                      "a UTF-8 byte order mark was skipped");
    begin = kBom.size();
  }
  std::vector<Warning>& warnings = state->warnings;
  const std::size_t scan_warnings_at = warnings.size();
  internal::ByteScanner scanner(state);
  if (scan_first) scanner.Finish();
  internal::ParseHeader(state, begin);
  internal::ParseBody(state, &scanner);
  if (!scan_first) {
    const std::size_t scan_from = warnings.size();
    scanner.Finish();
    if (warnings.size() > state->options.max_warnings) return false;
    const auto at = [&warnings](std::size_t i) {
      return warnings.begin() + static_cast<std::ptrdiff_t>(i);
    };
    std::rotate(at(scan_warnings_at), at(scan_from), warnings.end());
  }
  if (!state->view.date) {
    state->AddWarning(WarningCode::kNoDate, state->view.body_offset,
                      "the article carries no date");
  }
  return true;
}

}  // namespace

absl::StatusOr<ArticleView> ArticleParser::Parse(std::string_view text) & {
  ABSL_HARDENING_ASSERT(state_ != nullptr && "Parse() on a moved-from parser");
  if (state_ == nullptr) {
    return absl::FailedPreconditionError("Parse() on a moved-from parser");
  }
  internal::ParseState& state = *state_;
  const ParseOptions& options = state.options;
  bool truncated = false;
  if (text.size() > options.max_input_bytes) {
    if (options.on_limit == LimitAction::kError) {
      return absl::ResourceExhaustedError(
          "input of " + std::to_string(text.size()) +
          " bytes is over the limit of " +
          std::to_string(options.max_input_bytes) + " bytes");
    }
    text = text.substr(0, options.max_input_bytes);
    truncated = true;
  }
  if (!RunParse(text, truncated, /*scan_first=*/false, &state)) {
    RunParse(text, truncated, /*scan_first=*/true, &state);
  }
  state.Finish();
  return state.view;
}

// ---- Article
// -------------------------------------------------------------------

struct Article::Storage {
  std::string input;
  // Values that were not in the input (unescaped header values, messages):
  // sized before any is copied, so it never reallocates under its views.
  std::string extra;
  std::vector<HeaderField> fields;
  std::vector<TextSpan> items;
  std::vector<TextSpan> tags;
  std::vector<Author> authors;
  std::vector<Block> blocks;
  std::vector<Section> sections;
  std::vector<Warning> warnings;
  ArticleView view;
};

namespace {

// Calls `f` on every string_view reachable from `view`, through the given
// (mutable) vectors that hold its spans' elements.
template <typename F>
void ForEachString(ArticleView& view, std::vector<HeaderField>& fields,
                   std::vector<TextSpan>& items, std::vector<TextSpan>& tags,
                   std::vector<Author>& authors, std::vector<Block>& blocks,
                   std::vector<Section>& sections,
                   std::vector<Warning>& warnings, F f) {
  auto text = [&f](TextSpan& span) { f(span.text); };
  auto optional_text = [&text](std::optional<TextSpan>& span) {
    if (span) text(*span);
  };
  for (HeaderField& field : fields) {
    text(field.key);
    text(field.value);
  }
  for (TextSpan& item : items) text(item);
  for (TextSpan& tag : tags) text(tag);
  for (Author& author : authors) {
    text(author.name);
    optional_text(author.role);
  }
  for (Block& block : blocks) f(block.text);
  for (Section& section : sections) optional_text(section.heading);
  for (Warning& warning : warnings) f(warning.message);
  f(view.input);
  optional_text(view.date_text);
  optional_text(view.updated_text);
  optional_text(view.title);
  optional_text(view.title_heading);
  if (view.byline) text(view.byline->text);
  if (view.dateline) {
    text(view.dateline->text);
    text(view.dateline->place);
    optional_text(view.dateline->date_text);
    optional_text(view.dateline->source);
  }
  optional_text(view.lead);
}

template <typename T>
std::vector<T> CopySpan(absl::Span<const T> span) {
  return std::vector<T>(span.begin(), span.end());
}

}  // namespace

Article::Article(const ArticleView& source)
    : storage_(std::make_unique<Storage>()) {
  Storage& s = *storage_;
  s.view = source;
  s.input.assign(source.input.data(), source.input.size());
  s.fields = CopySpan(source.headers);
  s.tags = CopySpan(source.tags);
  s.sections = CopySpan(source.sections);
  s.warnings = CopySpan(source.warnings);
  if (source.byline) s.authors = CopySpan(source.byline->authors);

  // A view's items and blocks are runs of its parser's vectors: copy the
  // runs, then point each at its copy once the vectors are complete.
  std::vector<std::size_t> item_begins;
  item_begins.reserve(s.fields.size());
  for (const HeaderField& field : s.fields) {
    item_begins.push_back(s.items.size());
    s.items.insert(s.items.end(), field.items.begin(), field.items.end());
  }
  std::vector<std::size_t> block_begins;
  block_begins.reserve(s.sections.size());
  for (const Section& section : s.sections) {
    block_begins.push_back(s.blocks.size());
    s.blocks.insert(s.blocks.end(), section.blocks.begin(),
                    section.blocks.end());
  }
  for (std::size_t i = 0; i < s.fields.size(); ++i) {
    s.fields[i].items = absl::MakeConstSpan(s.items).subspan(
        item_begins[i], s.fields[i].items.size());
  }
  for (std::size_t i = 0; i < s.sections.size(); ++i) {
    s.sections[i].blocks = absl::MakeConstSpan(s.blocks).subspan(
        block_begins[i], s.sections[i].blocks.size());
  }

  // Point every string at the copies: into `input` when it was in the
  // source's input, else into `extra`.
  const char* const source_begin = source.input.data();
  const char* const source_end = source_begin + source.input.size();
  auto in_source = [&](std::string_view text) {
    return !text.empty() && text.data() >= source_begin &&
           text.data() + text.size() <= source_end;
  };
  std::size_t extra_size = 0;
  ForEachString(s.view, s.fields, s.items, s.tags, s.authors, s.blocks,
                s.sections, s.warnings, [&](std::string_view& text) {
                  if (!in_source(text)) extra_size += text.size();
                });
  s.extra.reserve(extra_size);
  ForEachString(s.view, s.fields, s.items, s.tags, s.authors, s.blocks,
                s.sections, s.warnings, [&](std::string_view& text) {
                  if (text.empty()) {
                    text = std::string_view();
                  } else if (in_source(text)) {
                    text = std::string_view(
                        s.input.data() + (text.data() - source_begin),
                        text.size());
                  } else {
                    const std::size_t at = s.extra.size();
                    s.extra.append(text.data(), text.size());
                    text = std::string_view(s.extra.data() + at, text.size());
                  }
                });
  s.view.input = s.input;
  s.view.headers = s.fields;
  s.view.tags = s.tags;
  s.view.sections = s.sections;
  s.view.warnings = s.warnings;
  if (s.view.byline) s.view.byline->authors = s.authors;
}

Article::~Article() = default;
Article::Article(const Article& other) : Article(other.view()) {}
Article& Article::operator=(const Article& other) {
  if (this != &other) *this = Article(other.view());
  return *this;
}
Article::Article(Article&& other) noexcept = default;
Article& Article::operator=(Article&& other) noexcept = default;

const ArticleView& Article::view() const& { return storage_->view; }

absl::StatusOr<Article> ParseArticle(std::string_view text,
                                     const ParseOptions& options) {
  ArticleParser parser(options);
  absl::StatusOr<ArticleView> view = parser.Parse(text);
  if (!view.ok()) return view.status();
  return Article(*view);
}

}  // namespace lede
