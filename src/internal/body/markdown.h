// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: markdown.h
// -----------------------------------------------------------------------------
//
// The body's top-level blocks as CommonMark structures them, for
// DocumentFormat::kMarkdown. One pass over the lines, as CommonMark's own
// parsing strategy goes: each line first continues the open containers
// (block quotes: "> "; list items: indented to their content), then may open
// new blocks, and what is left is text for the open leaf (a paragraph, or a
// lazy continuation line of one inside containers that did not continue).
// Only the top level is reported: a block quote or a list is one block with
// all it holds (a heading inside a quote or a list item stays part of that
// block and is no section heading). Leaves:
//   * ATX headings ("#".."######"), setext headings (a paragraph under a line
//     of "=" or "-", one character is enough), thematic breaks;
//   * indented code (four columns, not interrupting a paragraph) and fenced
//     code ("```", "~~~"; the closing fence may be indented up to three
//     columns past the container's content);
//   * HTML blocks by the seven start and end conditions: a comment runs to
//     "-->" across blank lines, "<div" and tag lines to a blank line;
//   * paragraphs; link reference definitions at a paragraph's start are no
//     part of it (a paragraph of definitions only is no block), and a
//     paragraph whose first line starts "|" is reported as a table.
// Tabs count to the next multiple of four columns, and a tab may be partly
// consumed by a container's indentation. Nesting deeper than kMaxDepth
// containers reads the further markers as text. Linear time, no recursion,
// no allocation.

#ifndef LEDE_SRC_INTERNAL_BODY_MARKDOWN_H_
#define LEDE_SRC_INTERNAL_BODY_MARKDOWN_H_

#include <cstddef>

#include "lede/article.h"
#include "src/internal/body/body.h"
#include "src/internal/body/line_reader.h"
#include "src/internal/body/rules.h"

namespace lede {
namespace internal {

// One top-level block: its kind and bytes [begin, end), from its first
// non-blank byte to the end of its last line.
struct MarkdownBlock {
  BlockKind kind = BlockKind::kParagraph;
  const char* begin = nullptr;
  const char* end = nullptr;
};

class MarkdownSplitter {
 public:
  static constexpr int kMaxDepth = 32;

  // Splits [begin, end) (a line start, to the input's end).
  MarkdownSplitter(const char* begin, const char* end, ByteScanner* scanner)
      : p_(begin), end_(end), reader_(end, scanner) {}

  // Returns the next top-level block in `*block`, or false at the end.
  bool Next(MarkdownBlock* block);

 private:
  enum class Leaf { kNone, kParagraph, kFenced, kIndented, kHtml };
  struct Container {
    bool quote = false;
    int content_indent = 0;  // a list item's, from its container's content
    char kind = 0;           // a list item's ListMarker::kind
    bool has_child = false;  // a list item holds something
  };
  // A position in a line: its byte and column (inside a tab when part of
  // the tab was consumed).
  struct Cursor {
    const char* p;
    int col;
  };
  struct Probe {
    const char* first;  // the first non-blank byte from the cursor
    int indent;         // columns to it
    int col;            // its column
  };

  void ReadLine(const BodyLine& line);
  static Probe Look(Cursor c, const char* line_end);
  static void Advance(Cursor* c, int columns, const char* line_end);

  void CloseUnmatched(int matched, const ListMarker* item);
  void CloseLeaf();
  void OpenTop(BlockKind kind, const char* begin, const char* line_end);
  void FinishTop();
  void Touch(const char* line_end);
  void Queue(BlockKind kind, const char* begin, const char* end);
  // The paragraph [begin, end) without its leading link reference
  // definitions; nullptr when nothing else is left.
  static const char* AfterDefinitions(const char* begin, const char* end);

  const char* p_;
  const char* end_;
  LineReader reader_;

  Container stack_[kMaxDepth];
  int depth_ = 0;
  Leaf leaf_ = Leaf::kNone;
  Fence fence_;
  int html_condition_ = 0;

  bool top_open_ = false;
  BlockKind top_kind_ = BlockKind::kParagraph;
  char top_list_kind_ = 0;
  const char* top_begin_ = nullptr;
  const char* top_end_ = nullptr;

  MarkdownBlock queue_[4];
  int queued_ = 0;
  int taken_ = 0;
  bool finished_ = false;
};

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_BODY_MARKDOWN_H_
