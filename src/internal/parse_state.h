// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The state an ArticleParser keeps between calls: the options, the buffers it
// reuses (so a reused parser does not allocate in the steady state), and the
// view under construction. The header parser (header.h) and the body parser
// (body.h) fill it in that order; article.cc then points the view's spans at
// the finished vectors.

#ifndef LEDE_SRC_INTERNAL_PARSE_STATE_H_
#define LEDE_SRC_INTERNAL_PARSE_STATE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/article.h"

namespace lede {
namespace internal {

// A run of elements of one of ParseState's vectors.
struct IndexRange {
  std::size_t begin = 0;
  std::size_t size = 0;
};

class ParseState {
 public:
  explicit ParseState(const ParseOptions& parse_options)
      : options(parse_options) {}

  // Clears every buffer, keeping its capacity, and starts a view of `text`.
  void Reset(std::string_view text);

  // Warnings: the sink that owns the cap. The warnings of a parse have a
  // logical order (the input's, the byte scan's, the header's, the body's),
  // and `options.max_warnings` keeps the first ones of it; the first one past
  // the cap becomes a kTooManyWarnings (at its offset), the rest are dropped.
  // The byte scan runs alongside the body parse, so its warnings come after
  // the header's and body's: each is added in a run (StartWarningRun()),
  // which keeps up to max_warnings + 1 warnings as they come, and
  // PlaceWarningRun() moves the last run in front of the earlier one and
  // then applies the cap, so that nothing need be parsed again.

  // Adds a warning under the cap (or to the current run). `message` must be
  // static or point into `scratch` after the header's unescaping is done.
  void AddWarning(WarningCode code, std::size_t offset,
                  std::string_view message);

  // Starts a run of warnings at the end of `warnings`; returns where.
  std::size_t StartWarningRun();

  // Moves the warnings from `run` (the start of the last run) to the end in
  // front of those from `before` (an earlier run's start), applies the cap
  // to all, and ends the runs.
  void PlaceWarningRun(std::size_t run, std::size_t before);

  // The first cap of ParseOptions the parse reached (kHeaderTooLarge,
  // kTooManyBlocks, kTooManySections or kTooManyWarnings), and where, even
  // when its warning was dropped; `limit_reached` is false when none was.
  struct LimitReached {
    bool reached = false;
    WarningCode code = WarningCode::kTooManyWarnings;
    std::size_t offset = 0;
  };
  const LimitReached& limit_reached() const { return limit_; }

  // Sets every span of `view` to the finished vectors. Called once, last.
  void Finish();

  ParseOptions options;
  std::string_view input;  // == view.input

  // Header fields in input order; `field_items[i]` is the run of `items`
  // holding `fields[i].items`.
  std::vector<HeaderField> fields;
  std::vector<IndexRange> field_items;
  std::vector<TextSpan> items;
  // The article's tags (from Tags / Keywords / Categories fields).
  std::vector<TextSpan> tags;
  // The byline's authors (view.byline->authors is all of them).
  std::vector<Author> authors;
  // The body's blocks; `section_blocks[i]` is the run of `blocks` holding
  // `sections[i].blocks`.
  std::vector<Block> blocks;
  std::vector<Section> sections;
  std::vector<IndexRange> section_blocks;
  std::vector<Warning> warnings;
  // Unescaped header values. The header parser reserves, before it writes
  // any, as many bytes as the header has, so it never reallocates while
  // views into it exist.
  std::string scratch;
  // The header parser's open-addressing table of field indices, for its
  // linear-time duplicate-key check.
  std::vector<std::uint32_t> key_table;

  ArticleView view;

 private:
  static constexpr std::size_t kNoRun = ~std::size_t{0};

  void NoteLimit(WarningCode code, std::size_t offset);

  std::size_t run_ = kNoRun;  // the current run's start in `warnings`
  LimitReached limit_;
};

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_PARSE_STATE_H_
