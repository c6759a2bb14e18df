// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Properties every ArticleView must have, whatever the input: shared by the
// property tests (tests/robustness_test.cc) and the fuzzers (fuzz/).
//
//   * every span lies inside the input, and a block's text is its span;
//   * the sections tile the body in order, without gaps or overlap, and each
//     section's blocks lie inside it, in order, without overlap;
//   * nothing is lost: every non-blank byte of the input is in the header, a
//     block, a section heading, or the line of the title, byline or dateline
//     (in Markdown, also a link reference definition "[label]: url", which
//     is no block).

#ifndef LEDE_TESTS_TESTING_ARTICLE_INVARIANTS_H_
#define LEDE_TESTS_TESTING_ARTICLE_INVARIANTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lede/article.h"

namespace lede_testing {

// CheckArticleInvariants()
//
// Returns an empty string when `view` has every property above, otherwise a
// description of the first one broken.
inline std::string CheckArticleInvariants(const lede::ArticleView& view) {
  const std::string_view input = view.input;
  const std::size_t n = input.size();
  auto inside = [n](std::size_t offset, std::size_t length) {
    return offset <= n && length <= n - offset;
  };
  auto at = [](const char* what, std::size_t offset) {
    return std::string(what) + " at byte " + std::to_string(offset);
  };

  if (view.body_offset > n)
    return at("body_offset past the input", view.body_offset);
  if (!inside(view.header_offset, view.header_length)) {
    return at("header span outside the input", view.header_offset);
  }
  for (const lede::HeaderField& field : view.headers) {
    if (!inside(field.key.offset, field.key.length) ||
        !inside(field.value.offset, field.value.length)) {
      return at("header field outside the input", field.key.offset);
    }
    for (const lede::TextSpan& item : field.items) {
      if (!inside(item.offset, item.length)) {
        return at("header list item outside the input", item.offset);
      }
    }
  }

  std::vector<bool> covered(n, false);
  auto cover = [&covered, n](std::size_t offset, std::size_t length) {
    for (std::size_t i = offset; i < offset + length && i < n; ++i) {
      covered[i] = true;
    }
  };
  auto cover_lines = [&](std::size_t offset, std::size_t length) {
    std::size_t begin = offset;
    while (begin > 0 && input[begin - 1] != '\n' && input[begin - 1] != '\r') {
      --begin;
    }
    std::size_t end = offset + length;
    while (end < n && input[end] != '\n' && input[end] != '\r') ++end;
    cover(begin, end - begin);
  };
  cover(view.header_offset, view.header_length);
  if (input.substr(0, 3) == "\xEF\xBB\xBF") cover(0, 3);

  std::size_t expected_offset = std::string_view::npos;
  for (const lede::Section& section : view.sections) {
    if (!inside(section.offset, section.length)) {
      return at("section outside the input", section.offset);
    }
    if (section.offset < view.body_offset) {
      return at("section before the body", section.offset);
    }
    if (expected_offset != std::string_view::npos &&
        section.offset != expected_offset) {
      return at("sections do not tile the body: a gap or overlap",
                section.offset);
    }
    expected_offset = section.offset + section.length;
    if (section.heading) {
      const lede::TextSpan& heading = *section.heading;
      if (!inside(heading.offset, heading.length) ||
          heading.offset < section.offset ||
          heading.offset + heading.length > expected_offset) {
        return at("heading outside its section", heading.offset);
      }
      cover(heading.offset, heading.length);
    }
    std::size_t block_floor = section.offset;
    for (const lede::Block& block : section.blocks) {
      if (!inside(block.offset, block.length) || block.offset < block_floor ||
          block.offset + block.length > expected_offset) {
        return at("block outside its section or overlapping", block.offset);
      }
      if (block.text.size() != block.length ||
          (block.length > 0 &&
           block.text.data() != input.data() + block.offset)) {
        return at("block text is not its span", block.offset);
      }
      block_floor = block.offset + block.length;
      cover(block.offset, block.length);
    }
  }
  if (!view.sections.empty() && expected_offset != n) {
    return at("the last section does not end at the input's end",
              expected_offset);
  }

  auto cover_span = [&](const lede::TextSpan& span) -> bool {
    if (!inside(span.offset, span.length)) return false;
    cover_lines(span.offset, span.length);
    return true;
  };
  if (view.title && !cover_span(*view.title)) {
    return at("title outside the input", view.title->offset);
  }
  if (view.title_heading && !cover_span(*view.title_heading)) {
    return at("title heading outside the input", view.title_heading->offset);
  }
  if (view.byline && !cover_span(view.byline->text)) {
    return at("byline outside the input", view.byline->text.offset);
  }
  if (view.dateline && !cover_span(view.dateline->text)) {
    return at("dateline outside the input", view.dateline->text.offset);
  }
  if (view.lead && !inside(view.lead->offset, view.lead->length)) {
    return at("lead outside the input", view.lead->offset);
  }
  for (const lede::Warning& warning : view.warnings) {
    if (warning.offset > n) return at("warning past the input", warning.offset);
  }

  auto is_eol = [](char c) { return c == '\r' || c == '\n'; };
  // In Markdown: whether input[i] is in a run of uncovered lines opened by
  // a line "[label]:" (at most three spaces in), as a link definition is.
  auto in_link_definition = [&](std::size_t i) {
    if (view.format != lede::DocumentFormat::kMarkdown) return false;
    std::size_t begin = i;
    while (begin > 0 && !is_eol(input[begin - 1])) --begin;
    while (true) {
      std::size_t j = begin;
      while (j < n && j < begin + 3 && input[j] == ' ') ++j;
      const std::size_t end = input.find_first_of("\r\n", begin);
      const std::string_view line =
          input.substr(j, (end == std::string_view::npos ? n : end) - j);
      if (!line.empty() && line[0] == '[' &&
          input.substr(j, i + 1 - j).find("]:") != std::string_view::npos) {
        return true;
      }
      if (!line.empty() && line[0] == '[') {
        // The "]:" may come after `i` (a label over lines).
        if (input.substr(j, 1000).find("]:") != std::string_view::npos) {
          return true;
        }
      }
      // Up to the previous line, while it is uncovered and not blank.
      if (begin == 0) return false;
      std::size_t prev = begin - 1;
      if (input[prev] == '\n' && prev > 0 && input[prev - 1] == '\r') --prev;
      std::size_t prev_begin = prev;
      while (prev_begin > 0 && !is_eol(input[prev_begin - 1])) --prev_begin;
      bool blank = true;
      for (std::size_t k = prev_begin; k < prev; ++k) {
        if (covered[k]) return false;
        blank = blank && (input[k] == ' ' || input[k] == '\t');
      }
      if (blank) return false;
      begin = prev_begin;
    }
  };
  for (std::size_t i = 0; i < n; ++i) {
    const char c = input[i];
    if (covered[i] || c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (in_link_definition(i)) continue;
    return at("a non-blank byte is in no block, heading, header or metadata",
              i);
  }
  return std::string();
}

}  // namespace lede_testing

#endif  // LEDE_TESTS_TESTING_ARTICLE_INVARIANTS_H_
