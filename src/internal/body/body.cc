// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ParseBody() in two steps. The first walks the body's lines once (a vector
// search for each line's end) and pushes every block, headings included, to
// `state->blocks`, counting each block's words and sentences while its bytes
// are in cache. The second walks those blocks (not the bytes) to decide which
// plain-text heading candidates are headings (that needs to know whether the
// document has any Markdown heading, which may come last), finds the title,
// lead and dateline, and compacts the headings out of `blocks` into
// `sections`. Neither step recurses or allocates once the vectors have grown.

#include "src/internal/body/body.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include "lede/article.h"
#include "src/internal/body/byline.h"
#include "src/internal/body/line_reader.h"
#include "src/internal/body/markdown.h"
#include "src/internal/body/rules.h"
#include "src/internal/header/header.h"
#include "src/internal/parse_state.h"
#include "src/internal/text/count.h"
#include "src/internal/text/lines.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace {

// A byline is looked for among the body's first few non-blank lines.
constexpr int kBylineLines = 4;

using Line = BodyLine;

// A heading block read back in the second step.
struct HeadingInfo {
  bool markdown = false;
  int level = 2;
  std::string_view text;
};

HeadingInfo ReadHeading(std::string_view block) {
  HeadingInfo info;
  if (const int level = AtxHeadingLevel(block); level != 0) {
    info.markdown = true;
    info.level = level;
    info.text = AtxHeadingText(block);
    return info;
  }
  const char* begin = block.data();
  const char* end = begin + block.size();
  if (FindLineEnd(begin, end) == end) {  // a plain-text candidate
    info.text = TrimBlanks(block);
    return info;
  }
  // Setext: the last line is the underline.
  const char* underline = end;
  while (underline > begin && (ByteClass(underline[-1]) & kByteEol) == 0) {
    --underline;
  }
  info.markdown = true;
  info.level =
      TrimBlanks(std::string_view(
          underline, static_cast<std::size_t>(end - underline)))[0] == '='
          ? 1
          : 2;
  const char* text_end = underline;
  while (text_end > begin && (ByteClass(text_end[-1]) & kByteEol)) --text_end;
  info.text = TrimBlanks(
      std::string_view(begin, static_cast<std::size_t>(text_end - begin)));
  return info;
}

// ceil(latin / wpm + cjk / cpm) in integers: the whole minutes of each,
// then the two remainders over the common denominator.
inline std::uint64_t MinutesAt(std::uint64_t latin, std::uint64_t cjk,
                               std::uint64_t wpm, std::uint64_t cpm) {
  const std::uint64_t remainder = (latin % wpm) * cpm + (cjk % cpm) * wpm;
  return latin / wpm + cjk / cpm + (remainder + wpm * cpm - 1) / (wpm * cpm);
}

std::size_t ReadingMinutes(std::size_t latin_words, std::size_t cjk,
                           const ParseOptions& options) {
  constexpr std::uint64_t kWpm = kDefaultWordsPerMinute;
  constexpr std::uint64_t kCpm = kDefaultCjkCharactersPerMinute;
  const std::uint64_t wpm =
      options.words_per_minute > 0
          ? static_cast<std::uint64_t>(options.words_per_minute)
          : kWpm;
  const std::uint64_t cpm =
      options.cjk_characters_per_minute > 0
          ? static_cast<std::uint64_t>(options.cjk_characters_per_minute)
          : kCpm;
  // The default rates as constants, whose divisions compile to multiplies
  // (a division by a variable is a long wait on every parse).
  if (wpm == kWpm && cpm == kCpm)
    return MinutesAt(latin_words, cjk, kWpm, kCpm);
  return static_cast<std::size_t>(MinutesAt(latin_words, cjk, wpm, cpm));
}

enum class Open { kNone, kParagraph, kList, kQuote, kTable, kHtml, kCode };

class BodyParser {
 public:
  BodyParser(ParseState* state, ByteScanner* scanner)
      : state_(*state),
        scanner_(scanner),
        options_(state->options),
        input_begin_(state->input.data()),
        input_end_(state->input.data() + state->input.size()) {}

  void Run() {
    const std::size_t body = state_.view.body_offset;
    DocumentFormat format = options_.format;
    const HeaderStyle style = state_.view.header_style;
    if (format == DocumentFormat::kAuto &&
        (style == HeaderStyle::kYaml || style == HeaderStyle::kToml)) {
      format = DocumentFormat::kMarkdown;  // front matter: a site's Markdown
    }
    if (body < state_.input.size()) {
      const char* begin = input_begin_ + body;
      if (format == DocumentFormat::kAuto &&
          HasMarkdownLineStart(begin, input_end_)) {
        format = DocumentFormat::kMarkdown;
      }
      if (format == DocumentFormat::kMarkdown) {
        SplitMarkdown(begin);
      } else {
        detect_ = format == DocumentFormat::kAuto;
        const std::size_t warnings = state_.warnings.size();
        const std::size_t authors = state_.authors.size();
        const bool had_byline = state_.view.byline.has_value();
        SplitBlocks(begin);
        if (markdown_found_) {
          // Read again, as Markdown, from the top of the body.
          format = DocumentFormat::kMarkdown;
          state_.warnings.resize(warnings);
          state_.authors.resize(authors);
          if (!had_byline) state_.view.byline.reset();
          state_.blocks.clear();
          open_ = Open::kNone;
          has_markdown_heading_ = false;
          limit_hit_ = false;
          words_ = cjk_ = sentences_ = 0;
          SplitMarkdown(begin);
        }
      }
    }
    state_.view.format = format == DocumentFormat::kMarkdown
                             ? DocumentFormat::kMarkdown
                             : DocumentFormat::kPlainText;
    BuildSections();
    Stats& stats = state_.view.stats;
    stats.words = words_;
    stats.cjk_characters = cjk_;
    stats.sentences = sentences_;
    stats.paragraphs = paragraphs_;
    stats.sections = state_.sections.size();
    stats.reading_minutes = ReadingMinutes(words_ - cjk_, cjk_, options_);
  }

 private:
  // ---- Step one: lines into blocks
  // -------------------------------------------

  void SplitBlocks(const char* p) {
    int content_lines = 0;
    LineReader reader(input_end_, scanner_);
    while (p < input_end_ && !limit_hit_) {
      const Line line = reader.Read(p);
      p = line.next;
      if (open_ == Open::kCode) {
        if (!line.blank()) {
          block_end_ = line.end;
          if (line.indent < 4 && ClosesFence(line.text(), fence_)) Close();
        } else {
          p = SkipBlankLines(p, input_end_);
        }
        continue;
      }
      if (line.blank()) {
        Close();
        p = SkipBlankLines(p, input_end_);
        continue;
      }
      ++content_lines;
      if (detect_ && line.indent < 4 && LooksLikeMarkdown(line)) {
        markdown_found_ = true;
        return;
      }
      if (line.indent < 4 && MarkdownLine(line)) continue;
      if (content_lines <= kBylineLines && IsByline(line)) continue;
      if (open_ == Open::kNone) {
        OpenBlock(KindOfFirstLine(line), line);
      } else if (open_ == Open::kParagraph && line.indent < 4 &&
                 IsBulletItem(line.text())) {
        Close();
        OpenBlock(Open::kList, line);
      } else {
        block_end_ = line.end;
        ++lines_;
      }
    }
    Close();
  }

  // The Markdown reading of a body (DocumentFormat::kMarkdown): the top-level
  // blocks of MarkdownSplitter, counted as SplitBlocks() counts its own; a
  // one-line paragraph among the first blocks that reads as a byline is the
  // byline.
  void SplitMarkdown(const char* p) {
    MarkdownSplitter splitter(p, input_end_, scanner_);
    MarkdownBlock block;
    int index = 0;
    while (!limit_hit_ && splitter.Next(&block)) {
      switch (block.kind) {
        case BlockKind::kHeading:
          has_markdown_heading_ = true;
          if (Push(BlockKind::kHeading, block.begin, block.end)) {
            CountWords(block.begin, block.end);
          }
          break;
        case BlockKind::kParagraph:
          if (index < kBylineLines && IsMarkdownByline(block)) break;
          if (Push(BlockKind::kParagraph, block.begin, block.end)) {
            const TextCounts counts =
                CountText(View(block.begin, block.end),
                          /*count_sentences=*/true, state_.input);
            Add(counts);
            sentences_ += counts.sentences;
          }
          break;
        case BlockKind::kList:
        case BlockKind::kQuote:
        case BlockKind::kTable:
          if (Push(block.kind, block.begin, block.end)) {
            CountWords(block.begin, block.end);
          }
          break;
        case BlockKind::kCode:
        case BlockKind::kHtml:
        case BlockKind::kRule:
          Push(block.kind, block.begin, block.end);
          break;
      }
      ++index;
    }
  }

  bool IsMarkdownByline(const MarkdownBlock& block) {
    if ((*block.begin | 0x20) != 'b' || state_.view.byline ||
        static_cast<std::size_t>(block.end - block.begin) > kMaxBylineBytes ||
        FindLineEnd(block.begin, block.end) != block.end) {
      return false;
    }
    const std::string_view text = TrimBlanks(View(block.begin, block.end));
    if (!IsBylineLine(text)) return false;
    SetByline(TextSpan{text, Offset(text.data()), text.size()}, &state_);
    return true;
  }

  // The first look of auto-detection: an ATX heading at a line start among
  // the body's first kPrescanBytes, found by a memchr() for '#' (plain prose
  // rarely holds one), so that most Markdown is read once, as Markdown. The
  // rest of the evidence is seen by LooksLikeMarkdown() in the plain pass.
  static bool HasMarkdownLineStart(const char* begin, const char* end) {
    constexpr std::size_t kPrescanBytes = 4 << 10;
    constexpr int kMaxHits = 32;
    if (static_cast<std::size_t>(end - begin) > kPrescanBytes) {
      end = begin + kPrescanBytes;
    }
    int hits = 0;
    for (const char* p = begin; p < end && hits < kMaxHits; ++p, ++hits) {
      p = static_cast<const char*>(
          std::memchr(p, '#', static_cast<std::size_t>(end - p)));
      if (p == nullptr) break;
      const char* line = p;
      while (line > begin && line[-1] == ' ' && p - line < 3) --line;
      if (line > begin && (ByteClass(line[-1]) & kByteEol) == 0) continue;
      const std::string_view text(
          p, static_cast<std::size_t>(FindLineEnd(p, end) - p));
      if (AtxHeadingLevel(text) != 0) return true;
    }
    return false;
  }

  // Whether `line` (at most three columns in) is evidence that the body is
  // Markdown, by the rule of DocumentFormat: an ATX heading, a code fence, a
  // link reference definition opening a block; or a second kind of weaker
  // evidence (a list item, a block quote, an HTML block start), or a list
  // item holding Markdown inline syntax ("](", "**", "`").
  bool LooksLikeMarkdown(const Line& line) {
    const std::string_view text = line.text();
    int weak = 0;
    switch (text[0]) {
      case '#':
        return AtxHeadingLevel(text) != 0;
      case '`':
      case '~': {
        Fence fence;
        return OpensFence(text, &fence);
      }
      case '[':
        return open_ == Open::kNone &&
               LinkDefinitionLength(View(line.first, input_end_)) != 0;
      case '>':
        weak = kQuoteEvidence;
        break;
      case '<':
        if (HtmlBlockStart(text, /*in_paragraph=*/true) == 0) return false;
        weak = kHtmlEvidence;
        break;
      case '-':
      case '*':
      case '+':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9': {
        ListMarker marker;
        if (!ReadListMarker(text, &marker) || marker.empty) return false;
        if (text.find("](") != std::string_view::npos ||
            text.find("**") != std::string_view::npos ||
            text.find('`') != std::string_view::npos) {
          return true;
        }
        weak = kListEvidence;
        break;
      }
      default:
        return false;
    }
    evidence_ |= weak;
    return (evidence_ & (evidence_ - 1)) != 0;  // two kinds
  }

  // Handles a line that is a Markdown block of its own or ends one: a fence,
  // an ATX heading, a setext underline, a thematic break.
  bool MarkdownLine(const Line& line) {
    const std::string_view text = line.text();
    switch (text[0]) {
      case '`':
      case '~':
        if (OpensFence(text, &fence_)) {
          Close();
          OpenBlock(Open::kCode, line);
          return true;
        }
        return false;
      case '#':
        if (AtxHeadingLevel(text) != 0) {
          Close();
          has_markdown_heading_ = true;
          if (Push(BlockKind::kHeading, line.first, line.end)) {
            CountWords(line.first, line.end);
          }
          return true;
        }
        return false;
      case '=':
      case '-':
        if (open_ == Open::kParagraph && SetextUnderline(text) != 0) {
          has_markdown_heading_ = true;
          open_ = Open::kNone;
          if (Push(BlockKind::kHeading, block_begin_, line.end)) {
            CountWords(block_begin_, line.end);
          }
          return true;
        }
        break;
      case '*':
      case '_':
        break;
      default:
        return false;
    }
    if (IsThematicBreak(text)) {
      Close();
      Push(BlockKind::kRule, line.first, line.end);
      return true;
    }
    return false;
  }

  bool IsByline(const Line& line) {
    // A byline starts with "By" (IsBylineLine()); most lines are ruled out
    // by their first byte.
    if ((*line.first | 0x20) != 'b' || state_.view.byline ||
        static_cast<std::size_t>(line.end - line.first) > kMaxBylineBytes) {
      return false;
    }
    const std::string_view text = TrimBlanks(line.text());
    if (!IsBylineLine(text)) return false;
    Close();
    SetByline(TextSpan{text, Offset(text.data()), text.size()}, &state_);
    return true;
  }

  static Open KindOfFirstLine(const Line& line) {
    if (line.indent >= 4) return Open::kParagraph;
    const std::string_view text = line.text();
    if (IsListItem(text)) return Open::kList;
    if (text[0] == '>') return Open::kQuote;
    if (text[0] == '|') return Open::kTable;
    if (IsHtmlStart(text)) return Open::kHtml;
    return Open::kParagraph;
  }

  void OpenBlock(Open kind, const Line& line) {
    open_ = kind;
    block_begin_ = line.first;
    block_end_ = line.end;
    lines_ = 1;
  }

  // Ends the open block: pushes it and counts it.
  void Close() {
    const Open kind = open_;
    open_ = Open::kNone;
    switch (kind) {
      case Open::kNone:
        return;
      case Open::kParagraph: {
        const std::string_view text = View(block_begin_, block_end_);
        if (lines_ == 1 && IsHeadingLike(TrimBlanks(text))) {
          // A plain-text heading candidate; the second step decides.
          if (Push(BlockKind::kHeading, block_begin_, block_end_)) {
            CountWords(block_begin_, block_end_);
          }
          return;
        }
        if (Push(BlockKind::kParagraph, block_begin_, block_end_)) {
          const TextCounts counts =
              CountText(text, /*count_sentences=*/true, state_.input);
          Add(counts);
          sentences_ += counts.sentences;
        }
        return;
      }
      case Open::kList:
        PushCounted(BlockKind::kList);
        return;
      case Open::kQuote:
        PushCounted(BlockKind::kQuote);
        return;
      case Open::kTable:
        PushCounted(BlockKind::kTable);
        return;
      case Open::kHtml:
        Push(BlockKind::kHtml, block_begin_, block_end_);
        return;
      case Open::kCode:
        Push(BlockKind::kCode, block_begin_, block_end_);
        return;
    }
  }

  void PushCounted(BlockKind kind) {
    if (Push(kind, block_begin_, block_end_)) {
      CountWords(block_begin_, block_end_);
    }
  }

  // Appends a block and returns true; or at ParseOptions::max_blocks, makes
  // the last block hold the rest of the body (counting its words), stops the
  // split and returns false.
  bool Push(BlockKind kind, const char* begin, const char* end) {
    std::vector<Block>& blocks = state_.blocks;
    if (limit_hit_) return false;
    if (blocks.size() < options_.max_blocks) {
      // Filled in place: a Block built on the stack would be copied with
      // loads wider than the stores that built it, which stalls.
      Block& block = blocks.emplace_back();
      block.kind = kind;
      block.text = View(begin, end);
      block.offset = Offset(begin);
      block.length = static_cast<std::size_t>(end - begin);
      return true;
    }
    limit_hit_ = true;
    state_.AddWarning(WarningCode::kTooManyBlocks, Offset(begin),
                      "more blocks than ParseOptions::max_blocks; the rest of "
                      "the body is in the last block");
    if (blocks.empty()) return false;
    const char* rest_end = input_end_;
    while (rest_end > begin &&
           (ByteClass(rest_end[-1]) & (kByteBlank | kByteEol))) {
      --rest_end;
    }
    Block& last = blocks.back();
    const char* last_end = input_begin_ + last.offset + last.length;
    CountWords(last_end, rest_end);
    if (last.kind == BlockKind::kHeading) last.kind = BlockKind::kParagraph;
    last.length =
        static_cast<std::size_t>(rest_end - input_begin_) - last.offset;
    last.text = View(input_begin_ + last.offset, rest_end);
    return false;
  }

  void CountWords(const char* begin, const char* end) {
    Add(CountText(View(begin, end), /*count_sentences=*/false, state_.input));
  }

  void Add(const TextCounts& counts) {
    words_ += counts.words;
    cjk_ += counts.cjk_characters;
  }

  // ---- Step two: blocks into sections
  // ----------------------------------------

  void BuildSections() {
    std::vector<Block>& blocks = state_.blocks;
    std::size_t next = TakeTitle();
    std::size_t kept = 0;
    for (; next < blocks.size(); ++next) {
      // The blocks are read and changed in place, and moved down from
      // memory: a copy of a block assembled on the stack would be reloaded
      // in wider pieces than it was stored in, which stalls.
      if (blocks[next].kind == BlockKind::kHeading) {
        Block& block = blocks[next];
        const HeadingInfo heading = ReadHeading(block.text);
        const bool followed_by_paragraph =
            next + 1 < blocks.size() &&
            blocks[next + 1].kind == BlockKind::kParagraph;
        bool is_heading = heading.markdown ||
                          (!has_markdown_heading_ && followed_by_paragraph);
        if (is_heading && state_.sections.size() >= options_.max_sections) {
          if (!sections_limit_hit_) {
            state_.AddWarning(WarningCode::kTooManySections, block.offset,
                              "more sections than ParseOptions::max_sections; "
                              "later headings are paragraphs");
          }
          sections_limit_hit_ = true;
          is_heading = false;
        }
        if (is_heading) {
          StartSection(block, heading);
          continue;
        }
        block.kind = BlockKind::kParagraph;
        sentences_ +=
            CountText(block.text, /*count_sentences=*/true, state_.input)
                .sentences;
      }
      if (kept != next) blocks[kept] = blocks[next];
      const Block& block = blocks[kept++];
      if (state_.sections.empty()) StartSection(block, std::nullopt);
      if (block.kind == BlockKind::kParagraph) TakeParagraph(block);
      ++state_.section_blocks.back().size;
    }
    EndSection(state_.input.size(), 0);
    blocks.resize(kept);
  }

  // Takes the title from the first block when the header gave none (a
  // level-1 Markdown heading, or a plain heading-like line followed by more
  // of the body), or drops a first heading that repeats the header's title.
  // Returns the index of the first block after it.
  std::size_t TakeTitle() {
    const std::vector<Block>& blocks = state_.blocks;
    if (blocks.empty()) return 0;
    if (blocks[0].kind == BlockKind::kParagraph) return TakeHeadline();
    if (blocks[0].kind != BlockKind::kHeading) return 0;
    const Block& first = blocks[0];
    const HeadingInfo heading = ReadHeading(first.text);
    if (state_.view.title) {
      if (!EqualsIgnoreAsciiCase(heading.text,
                                 TrimBlanks(state_.view.title->text))) {
        return 0;
      }
    } else if (heading.markdown ? heading.level != 1 : blocks.size() < 2) {
      return 0;
    } else {
      state_.view.title = TextSpan{heading.text, first.offset, first.length};
    }
    state_.view.title_heading =
        TextSpan{heading.text, first.offset, first.length};
    const TextCounts counts = CountText(first.text, false, state_.input);
    words_ -= counts.words;
    cjk_ -= counts.cjk_characters;
    return 1;
  }

  // The sentence-case headline of plain text (see body.h): a first
  // one-line paragraph that IsSentenceCaseHeadline(), a blank line, and
  // prose longer than it.
  std::size_t TakeHeadline() {
    const std::vector<Block>& blocks = state_.blocks;
    if (state_.view.title || state_.view.format != DocumentFormat::kPlainText ||
        blocks.size() < 2 || blocks[1].kind != BlockKind::kParagraph) {
      return 0;
    }
    const Block& first = blocks[0];
    const char* begin = first.text.data();
    const char* end = begin + first.text.size();
    if (FindLineEnd(begin, end) != end) return 0;
    const std::string_view line = TrimBlanks(first.text);
    if (!IsSentenceCaseHeadline(line)) return 0;
    // A blank line between them.
    const char* next = input_begin_ + blocks[1].offset;
    int breaks = 0;
    for (const char* p = end; p < next; ++p) {
      breaks += *p == '\n' || (*p == '\r' && (p + 1 == next || p[1] != '\n'));
    }
    if (breaks < 2) return 0;
    const TextCounts counts = CountText(first.text, true, state_.input);
    if (!IsProse(blocks[1].text, counts.words)) return 0;
    state_.view.title = TextSpan{line, Offset(line.data()), line.size()};
    state_.view.title_heading = TextSpan{line, first.offset, first.length};
    words_ -= counts.words;
    cjk_ -= counts.cjk_characters;
    sentences_ -= counts.sentences;
    return 1;
  }

  void StartSection(const Block& block, std::optional<HeadingInfo> heading) {
    EndSection(block.offset, heading ? heading->level : 0);
    const std::size_t first_block = next_block_index();
    // Filled in place (see Push()).
    Section& section = state_.sections.emplace_back();
    section.offset = block.offset;
    if (heading) {
      section.heading = TextSpan{heading->text, block.offset, block.length};
      section.level = heading->level;
    }
    IndexRange& range = state_.section_blocks.emplace_back();
    range.begin = first_block;
  }

  // Ends the open section at `offset`; `next_level` is the level of the
  // heading that follows (0 at the end): a heading with no blocks before a
  // heading of its level or higher has no body.
  void EndSection(std::size_t offset, int next_level) {
    if (state_.sections.empty()) return;
    Section& section = state_.sections.back();
    section.length = offset - section.offset;
    if (section.heading && state_.section_blocks.back().size == 0 &&
        (next_level == 0 || next_level <= section.level)) {
      state_.AddWarning(WarningCode::kHeadingWithoutBody, section.offset,
                        "a heading with no body after it");
    }
  }

  std::size_t next_block_index() const {
    const std::vector<IndexRange>& ranges = state_.section_blocks;
    return ranges.empty() ? 0 : ranges.back().begin + ranges.back().size;
  }

  // Whether `block` can be the lead: not a date or byline line, and not a
  // paragraph of images only ("![alt](src)", "[![alt](src)](href)").
  bool CanLead(const Block& block) {
    const std::string_view text = block.text;
    if (text.size() <= kMaxBylineBytes && HasAsciiDigit(text) &&
        FindLineEnd(text.data(), text.data() + text.size()) ==
            text.data() + text.size() &&
        IsMetaLine(&state_, text)) {
      return false;
    }
    return !IsImageOnly(text);
  }

  static bool IsImageOnly(std::string_view text) {
    std::size_t images = 0;
    std::size_t i = 0;
    while (i < text.size()) {
      const char c = text[i];
      if ((ByteClass(c) & (kByteBlank | kByteEol)) != 0 || c == '[') {
        ++i;
      } else if (c == '!' && i + 1 < text.size() && text[i + 1] == '[') {
        // "![alt](src)": to the ')' closing it.
        const std::size_t close = text.find("](", i);
        if (close == std::string_view::npos) return false;
        const std::size_t end = text.find(')', close);
        if (end == std::string_view::npos) return false;
        i = end + 1;
        ++images;
      } else if (c == ']' && i + 1 < text.size() && text[i + 1] == '(') {
        // The link around an image: "](href)".
        const std::size_t end = text.find(')', i);
        if (end == std::string_view::npos) return false;
        i = end + 1;
      } else {
        return false;
      }
    }
    return images > 0;
  }

  void TakeParagraph(const Block& block) {
    ++paragraphs_;
    if (state_.view.lead || !CanLead(block)) return;
    DatelineParts parts;
    if (!FindDateline(block.text, &parts)) {
      state_.view.lead = TextSpan{block.text, block.offset, block.length};
      return;
    }
    const auto span = [&block](std::size_t offset, std::size_t length) {
      return TextSpan{block.text.substr(offset, length), block.offset + offset,
                      length};
    };
    Dateline dateline;
    dateline.text = span(0, parts.length);
    dateline.place = span(0, parts.place_length);
    if (parts.date_length != 0) {
      dateline.date_text = span(parts.date_offset, parts.date_length);
    }
    if (parts.source_length != 0) {
      dateline.source = span(parts.source_offset, parts.source_length);
    }
    state_.view.dateline = dateline;
    state_.view.lead =
        span(parts.lead_offset, block.length - parts.lead_offset);
  }

  // ---- Helpers
  // ---------------------------------------------------------------

  std::size_t Offset(const char* p) const {
    return static_cast<std::size_t>(p - input_begin_);
  }
  static std::string_view View(const char* begin, const char* end) {
    return std::string_view(begin, static_cast<std::size_t>(end - begin));
  }

  ParseState& state_;
  ByteScanner* scanner_;
  const ParseOptions& options_;
  const char* input_begin_;
  const char* input_end_;

  Open open_ = Open::kNone;
  const char* block_begin_ = nullptr;
  const char* block_end_ = nullptr;
  int lines_ = 0;
  Fence fence_;
  bool has_markdown_heading_ = false;
  // Auto-detection (DocumentFormat::kAuto): the kinds of weak evidence seen.
  static constexpr int kListEvidence = 1;
  static constexpr int kQuoteEvidence = 2;
  static constexpr int kHtmlEvidence = 4;
  bool detect_ = false;
  bool markdown_found_ = false;
  int evidence_ = 0;
  bool limit_hit_ = false;
  bool sections_limit_hit_ = false;

  std::size_t words_ = 0;
  std::size_t cjk_ = 0;
  std::size_t sentences_ = 0;
  std::size_t paragraphs_ = 0;
};

}  // namespace

void ParseBody(ParseState* state, ByteScanner* scanner) {
  BodyParser(state, scanner).Run();
}

}  // namespace internal
}  // namespace lede
