// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/body/markdown.h"

#include <cstddef>
#include <string_view>

#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace {

std::string_view View(const char* begin, const char* end) {
  return std::string_view(begin, static_cast<std::size_t>(end - begin));
}

}  // namespace

bool MarkdownSplitter::Next(MarkdownBlock* block) {
  while (taken_ == queued_) {
    queued_ = 0;
    taken_ = 0;
    if (finished_) return false;
    if (p_ >= end_) {
      CloseUnmatched(0, nullptr);
      CloseLeaf();
      FinishTop();
      finished_ = true;
      continue;
    }
    const BodyLine line = reader_.Read(p_);
    p_ = line.next;
    ReadLine(line);
    // Once a blank line has been read, more of them change nothing.
    if (line.blank()) p_ = SkipBlankLines(p_, end_);
  }
  *block = queue_[taken_++];
  return true;
}

MarkdownSplitter::Probe MarkdownSplitter::Look(Cursor c, const char* line_end) {
  int col = c.col;
  const char* q = c.p;
  while (q < line_end && IsBlankByte(*q)) {
    col = *q == ' ' ? col + 1 : (col / 4 + 1) * 4;
    ++q;
  }
  return Probe{q, col - c.col, col};
}

void MarkdownSplitter::Advance(Cursor* c, int columns, const char* line_end) {
  while (columns > 0 && c->p < line_end) {
    if (*c->p == ' ') {
      ++c->p;
      ++c->col;
      --columns;
    } else if (*c->p == '\t') {
      const int width = (c->col / 4 + 1) * 4 - c->col;
      if (width <= columns) {
        ++c->p;
        c->col += width;
        columns -= width;
      } else {
        c->col += columns;  // part of the tab is left
        columns = 0;
      }
    } else {
      break;
    }
  }
}

void MarkdownSplitter::ReadLine(const BodyLine& line) {
  const char* const line_end = line.end;
  // The common line: outside containers and literal leaves, starting with a
  // letter (which opens no block): a paragraph's line.
  if (depth_ == 0 && line.first == line.begin && !line.blank() &&
      (leaf_ == Leaf::kNone || leaf_ == Leaf::kParagraph) &&
      (ByteClass(*line.first) & kByteAlpha) != 0) {
    if (leaf_ == Leaf::kNone) {
      OpenTop(BlockKind::kParagraph, line.first, line_end);
      leaf_ = Leaf::kParagraph;
    } else {
      top_end_ = line_end;
    }
    return;
  }
  Cursor c{line.begin, 0};

  // 1. The open containers this line continues.
  int matched = 0;
  for (; matched < depth_; ++matched) {
    Container& container = stack_[matched];
    const Probe probe = Look(c, line_end);
    if (container.quote) {
      if (probe.indent > 3 || probe.first == line_end || *probe.first != '>') {
        break;
      }
      c.p = probe.first + 1;
      c.col = probe.col + 1;
      if (c.p < line_end && IsBlankByte(*c.p)) Advance(&c, 1, line_end);
    } else if (probe.first == line_end) {
      if (!container.has_child) break;  // at most one blank line first
      c.p = line_end;
    } else if (probe.indent >= container.content_indent) {
      Advance(&c, container.content_indent, line_end);
    } else {
      break;
    }
  }
  const bool all_matched = matched == depth_;
  // A quote's marker on a line with nothing after it is still the quote's.
  if (matched > 0 && !line.blank()) top_end_ = line_end;
  Probe probe = Look(c, line_end);
  bool blank = probe.first == line_end;

  // 2. A literal leaf that every container continues takes the line.
  if (all_matched) {
    switch (leaf_) {
      case Leaf::kFenced:
        if (!blank) {
          Touch(line_end);
          if (probe.indent <= 3 &&
              ClosesFence(View(probe.first, line_end), fence_)) {
            CloseLeaf();
          }
        }
        return;
      case Leaf::kHtml:
        if (blank) {
          if (html_condition_ >= 6) CloseLeaf();
          return;
        }
        Touch(line_end);
        if (HtmlBlockEnds(View(probe.first, line_end), html_condition_)) {
          CloseLeaf();
        }
        return;
      case Leaf::kIndented:
        if (blank) return;
        if (probe.indent >= 4) {
          Touch(line_end);
          return;
        }
        CloseLeaf();
        break;
      case Leaf::kParagraph:
        if (blank) {
          CloseLeaf();
          return;
        }
        break;
      case Leaf::kNone:
        break;
    }
  }

  // 3. New blocks.
  bool started = false;
  const auto start = [&](const ListMarker* item) {
    if (!started) CloseUnmatched(matched, item);
    CloseLeaf();
    started = true;
  };
  while (!blank) {
    const bool paragraph = leaf_ == Leaf::kParagraph;
    if (probe.indent >= 4) {
      if (paragraph) break;  // a continuation line, maybe lazy
      start(nullptr);
      if (depth_ == 0) OpenTop(BlockKind::kCode, probe.first, line_end);
      leaf_ = Leaf::kIndented;
      Touch(line_end);
      return;
    }
    const std::string_view rest = View(probe.first, line_end);
    const char first = rest[0];
    if (first == '>' && depth_ < kMaxDepth) {
      start(nullptr);
      if (depth_ == 0) OpenTop(BlockKind::kQuote, probe.first, line_end);
      Container& quote = stack_[depth_++];
      quote = Container();
      quote.quote = true;
      c.p = probe.first + 1;
      c.col = probe.col + 1;
      if (c.p < line_end && IsBlankByte(*c.p)) Advance(&c, 1, line_end);
      matched = depth_;
      probe = Look(c, line_end);
      blank = probe.first == line_end;
      continue;
    }
    if (first == '#' && AtxHeadingLevel(rest) != 0) {
      start(nullptr);
      if (depth_ == 0) {
        Queue(BlockKind::kHeading, probe.first, line_end);
      } else {
        Touch(line_end);
      }
      return;
    }
    Fence fence;
    if ((first == '`' || first == '~') && OpensFence(rest, &fence)) {
      start(nullptr);
      if (depth_ == 0) OpenTop(BlockKind::kCode, probe.first, line_end);
      leaf_ = Leaf::kFenced;
      fence_ = fence;
      Touch(line_end);
      return;
    }
    if (first == '<') {
      const int condition =
          HtmlBlockStart(rest, /*in_paragraph=*/paragraph && all_matched);
      if (condition != 0) {
        start(nullptr);
        if (depth_ == 0) OpenTop(BlockKind::kHtml, probe.first, line_end);
        leaf_ = Leaf::kHtml;
        html_condition_ = condition;
        Touch(line_end);
        if (HtmlBlockEnds(rest, condition)) CloseLeaf();
        return;
      }
    }
    if ((first == '=' || first == '-') && paragraph && all_matched &&
        !started && SetextUnderlineOf(rest, 1) != 0) {
      if (depth_ > 0) {
        leaf_ = Leaf::kNone;
        Touch(line_end);
        return;
      }
      const char* text = AfterDefinitions(top_begin_, top_end_);
      if (text != nullptr) {
        leaf_ = Leaf::kNone;
        top_open_ = false;
        Queue(BlockKind::kHeading, text, line_end);
        return;
      }
      // Only definitions above: "===" is text, "---" may be a break.
    }
    if ((first == '*' || first == '-' || first == '_') &&
        IsThematicBreak(rest)) {
      start(nullptr);
      if (depth_ == 0) {
        Queue(BlockKind::kRule, probe.first, line_end);
      } else {
        Touch(line_end);
      }
      return;
    }
    ListMarker marker;
    if (depth_ < kMaxDepth && ReadListMarker(rest, &marker) &&
        (!(paragraph && all_matched) ||
         (!marker.empty && (!marker.ordered || marker.starts_at_one)))) {
      const int width = static_cast<int>(marker.width);
      int padding = 1;
      if (!marker.empty) {
        const Probe after = Look(
            Cursor{probe.first + marker.width, probe.col + width}, line_end);
        padding = after.indent <= 4 ? after.indent : 1;
      }
      start(&marker);
      if (depth_ == 0) {
        if (!top_open_) OpenTop(BlockKind::kList, probe.first, line_end);
        top_list_kind_ = marker.kind;
      }
      Container& item = stack_[depth_++];
      item = Container();
      item.kind = marker.kind;
      item.content_indent = probe.indent + width + padding;
      Advance(&c, probe.indent, line_end);
      c.p += marker.width;
      c.col += width;
      if (!marker.empty) Advance(&c, padding, line_end);
      matched = depth_;
      Touch(line_end);
      if (marker.empty) item.has_child = false;
      probe = Look(c, line_end);
      blank = probe.first == line_end;
      continue;
    }
    break;
  }

  // 4. Text.
  if (!started && !all_matched && leaf_ == Leaf::kParagraph && !blank) {
    Touch(line_end);  // a lazy continuation line
    return;
  }
  if (!started) CloseUnmatched(matched, nullptr);
  if (blank) return;
  if (leaf_ == Leaf::kParagraph) {
    Touch(line_end);
    return;
  }
  CloseLeaf();
  if (depth_ == 0) OpenTop(BlockKind::kParagraph, probe.first, line_end);
  leaf_ = Leaf::kParagraph;
  Touch(line_end);
}

void MarkdownSplitter::CloseUnmatched(int matched, const ListMarker* item) {
  if (matched >= depth_) return;
  leaf_ = Leaf::kNone;
  depth_ = matched;
  if (matched > 0) return;
  // A new item of the same kind continues a top-level list.
  if (item != nullptr && top_open_ && top_kind_ == BlockKind::kList &&
      top_list_kind_ == item->kind) {
    return;
  }
  FinishTop();
}

void MarkdownSplitter::CloseLeaf() {
  if (leaf_ == Leaf::kNone) return;
  leaf_ = Leaf::kNone;
  if (depth_ == 0) FinishTop();
}

void MarkdownSplitter::OpenTop(BlockKind kind, const char* begin,
                               const char* line_end) {
  FinishTop();
  top_open_ = true;
  top_kind_ = kind;
  top_begin_ = begin;
  top_end_ = line_end;
}

void MarkdownSplitter::FinishTop() {
  if (!top_open_) return;
  top_open_ = false;
  const char* begin = top_begin_;
  BlockKind kind = top_kind_;
  if (kind == BlockKind::kParagraph) {
    begin = AfterDefinitions(top_begin_, top_end_);
    if (begin == nullptr) return;
    if (*begin == '|') kind = BlockKind::kTable;
  }
  Queue(kind, begin, top_end_);
}

void MarkdownSplitter::Touch(const char* line_end) {
  top_end_ = line_end;
  for (int i = 0; i < depth_; ++i) stack_[i].has_child = true;
}

void MarkdownSplitter::Queue(BlockKind kind, const char* begin,
                             const char* end) {
  MarkdownBlock& block = queue_[queued_++];
  block.kind = kind;
  block.begin = begin;
  block.end = end;
}

const char* MarkdownSplitter::AfterDefinitions(const char* begin,
                                               const char* end) {
  if (*begin != '[') return begin;
  std::string_view text = View(begin, end);
  while (!text.empty()) {
    const std::size_t length = LinkDefinitionLength(text);
    if (length == 0) break;
    text.remove_prefix(length);
    while (!text.empty() && IsBlankByte(text[0])) text.remove_prefix(1);
  }
  return text.empty() ? nullptr : text.data();
}

}  // namespace internal
}  // namespace lede
