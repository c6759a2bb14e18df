// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "lede/article.h"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "src/internal/body/body.h"
#include "src/internal/header/header.h"
#include "src/internal/parse_state.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

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
    if (internal::EqualsIgnoreAsciiCase(field.key.text, key)) return &field;
  }
  return nullptr;
}

// ---- ParseState
// ----------------------------------------------------------------

namespace internal {

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
  run_ = kNoRun;
  limit_ = LimitReached();
  scratch.clear();
  // The view by value: every member, whatever is added later, starts empty.
  view = ArticleView();
  view.input = text;
  view.stats.bytes = text.size();
}

namespace {

constexpr std::string_view kTooManyWarningsMessage =
    "too many warnings; the rest were dropped";

}  // namespace

void ParseState::NoteLimit(WarningCode code, std::size_t offset) {
  if (limit_.reached) return;
  limit_.reached = true;
  limit_.code = code;
  limit_.offset = offset;
}

void ParseState::AddWarning(WarningCode code, std::size_t offset,
                            std::string_view message) {
  if (code == WarningCode::kHeaderTooLarge ||
      code == WarningCode::kTooManyBlocks ||
      code == WarningCode::kTooManySections) {
    NoteLimit(code, offset);
  }
  const std::size_t max = options.max_warnings;
  // Filled in place, member by member: a Warning built on the stack would
  // be copied with loads wider than the stores that built it, which stalls.
  if (run_ != kNoRun) {
    if (warnings.size() - run_ > max) return;  // past what the cap can keep
  } else if (warnings.size() > max) {
    return;
  } else if (warnings.size() == max) {
    NoteLimit(WarningCode::kTooManyWarnings, offset);
    code = WarningCode::kTooManyWarnings;
    message = kTooManyWarningsMessage;
  }
  Warning& warning = warnings.emplace_back();
  warning.code = code;
  warning.offset = offset;
  warning.message = message;
}

std::size_t ParseState::StartWarningRun() {
  run_ = warnings.size();
  return run_;
}

void ParseState::PlaceWarningRun(std::size_t run, std::size_t before) {
  const auto at = [this](std::size_t i) {
    return warnings.begin() + static_cast<std::ptrdiff_t>(i);
  };
  std::rotate(at(before), at(run), warnings.end());
  run_ = kNoRun;
  const std::size_t max = options.max_warnings;
  if (warnings.size() <= max) return;
  Warning& first_dropped = warnings[max];
  NoteLimit(WarningCode::kTooManyWarnings, first_dropped.offset);
  first_dropped.code = WarningCode::kTooManyWarnings;
  first_dropped.message = kTooManyWarningsMessage;
  warnings.resize(max + 1);
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
  assert(state_ != nullptr && "options() on a moved-from parser");
  return state_ != nullptr ? state_->options : kDefaults;
}

namespace {

// One parse of `text` into `state`. The byte scan (NUL, UTF-8, line endings)
// runs alongside the body parse (the search for each line's end checks the
// bytes it reads), so that a large input is read from memory once; its
// warnings are then placed where a scan before the parse puts them, before
// the header's and body's (ParseState::PlaceWarningRun()).
void RunParse(std::string_view text, bool truncated,
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
  const std::size_t parse_warnings = state->StartWarningRun();
  internal::ByteScanner scanner(state);
  internal::ParseHeader(state, begin);
  internal::ParseBody(state, &scanner);
  const std::size_t scan_warnings = state->StartWarningRun();
  scanner.Finish();
  state->PlaceWarningRun(scan_warnings, parse_warnings);
  if (!state->view.date) {
    state->AddWarning(WarningCode::kNoDate, state->view.body_offset,
                      "the article carries no date");
  }
}

// The error LimitAction::kError returns for the cap `limit` names.
absl::Status LimitError(const internal::ParseState::LimitReached& limit,
                        const ParseOptions& options) {
  std::string what;
  std::size_t cap = 0;
  switch (limit.code) {
    case WarningCode::kHeaderTooLarge:
      what = "header over ParseOptions::max_header_bytes (";
      cap = options.max_header_bytes;
      break;
    case WarningCode::kTooManyBlocks:
      what = "more blocks than ParseOptions::max_blocks (";
      cap = options.max_blocks;
      break;
    case WarningCode::kTooManySections:
      what = "more sections than ParseOptions::max_sections (";
      cap = options.max_sections;
      break;
    default:
      what = "more warnings than ParseOptions::max_warnings (";
      cap = options.max_warnings;
      break;
  }
  return absl::ResourceExhaustedError(
      what + std::to_string(cap) + ") at byte " + std::to_string(limit.offset));
}

}  // namespace

absl::StatusOr<ArticleView> ArticleParser::Parse(std::string_view text) & {
  assert(state_ != nullptr && "Parse() on a moved-from parser");
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
  RunParse(text, truncated, &state);
  if (options.on_limit == LimitAction::kError &&
      state.limit_reached().reached) {
    return LimitError(state.limit_reached(), options);
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
