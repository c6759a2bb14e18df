// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The body half of ArticleParser: splits the body into blocks and sections,
// finds the title, byline and dateline that open it, the lead, and counts.

#ifndef LEDE_SRC_INTERNAL_BODY_BODY_H_
#define LEDE_SRC_INTERNAL_BODY_BODY_H_

#include "src/internal/parse_state.h"
#include "src/internal/text/scan.h"

namespace lede {
namespace internal {

// ParseBody()
//
// Reads the body of `state->input` from `state->view.body_offset` to the end,
// after ParseHeader(). Fills `state->blocks`, `state->sections`,
// `state->section_blocks`, and in `state->view`: title (unless the header gave
// one), byline (unless the header gave one), dateline, lead and stats; adds
// the body's warnings. One pass, no recursion, linear time; never allocates
// once the state's buffers have grown to the input's needs.
//
// Blocks. Lines end in LF, CR LF or a lone CR; a line of only spaces and
// tabs is blank, and blank lines separate blocks. A block's text runs from
// its first non-blank byte to the end of its last line. With at most three
// columns of indentation these lines are Markdown in every input:
//   * "```" or "~~~" opens a code block that runs to a closing fence of the
//     same character, at least as long (or to the end), blank lines and "#"
//     lines included;
//   * "#".."######" and a blank is an ATX heading, a block by itself (the
//     next line starts a new block); closing "#"s are stripped;
//   * "===" or "---" (two or more) under a paragraph makes the paragraph a
//     setext heading of level 1 or 2;
//   * "***", "___", "- - -" (not under a paragraph for "-") is a rule;
//   * a block whose first line starts "- ", "* ", "+ ", "1. " or "1) " is a
//     list, "> " a quote, "|" a table, "<tag" HTML; anything else is a
//     paragraph, and its later lines (however they start, except a bullet
//     item, which starts a list) stay in it: hard-wrapped prose is one block.
//
// Plain-text headings. In a document with no Markdown heading, a paragraph
// block is a heading of level 2 when
//   1. it is one line, of at most kMaxPlainHeadingBytes (150) bytes and one
//      to kMaxPlainHeadingWords (12) words;
//   2. it starts with a digit or an uppercase letter of a cased script (not
//      a lowercase or caseless letter, a quote, bracket or dash);
//   3. it does not end in ". , ; : !", a quote (" ' ” ’ »), an ellipsis or a
//      dash ("?" is allowed);
//   4. it holds no "," or ";" (a list of names, a clause);
//   5. it holds no caseless letter (Han, Arabic, ...), and it is ALL CAPS,
//      or Title Case (no word of four or more letters starts lowercase, in
//      any cased script: Latin, Greek, Cyrillic; short function words such
//      as "with", "from", "between" excepted), or a question of at most 8
//      words;
//   6. the next block is a paragraph that is not itself such a line.
// So "What Happens Next?" before a paragraph is a heading; a one-sentence
// paragraph without a final period ("The harbour was quiet this morning"),
// a short quote ("We will not leave"), a line ending in '!"' or '.”', and a
// list of names ("Jane Doe, John Roe, Max Sample") are paragraphs. See
// IsHeadingLike() in body_rules.h.
//
// Metadata, not blocks. Among the first four non-blank lines, a line for
// which IsBylineLine() holds is the byline (unless the header gave one). The
// title (unless the header gave one) is the first block when it is a level-1
// Markdown heading, or, in plain text only:
//   * a plain heading-like line (rules 1-5) followed by more of the body;
//   * a sentence-case headline: a first block of one line for which
//     IsSentenceCaseHeadline() holds (at most 150 bytes and 16 words,
//     starting with a digit, a capital or a caseless letter, not ending in
//     sentence-final punctuation, a quote or a dash), then a blank line,
//     then a paragraph of prose (IsProse(): more words than the headline,
//     ending a sentence). "Telegraph newspapers axe 90 jobs" / "" / "The
//     Daily and Sunday Telegraph ..." has that title; a first line that
//     ends in "." or ":" does not.
// In Markdown (DocumentFormat) neither plain rule applies. A first heading
// equal to the header's title (ignoring ASCII case) is dropped. The lead is the
// first paragraph; a wire dateline at its start (FindDateline()) is the view's
// dateline and is left out of the lead's span, but stays in the paragraph's
// block.
//
// Sections. The blocks before the first heading are a section with no heading
// and level 0, present only when there are some. A section's span runs from
// its heading (or first block) to the next section or the end of the input.
// A heading whose section has no block, followed by a heading of its level or
// higher or by the end, gets kHeadingWithoutBody.
//
// Counts (see text_count.h for words and sentences). Words count in every
// block but code and HTML, and not in the title or byline; sentences count
// in paragraphs only. stats.reading_minutes is ceil(latin_words /
// words_per_minute + cjk_characters / cjk_characters_per_minute).
//
// Caps. At ParseOptions::max_blocks blocks (headings included) the last block
// is extended to the end of the body (a heading becomes a paragraph) and one
// kTooManyBlocks is added: nothing is lost unless max_blocks is 0. Past
// ParseOptions::max_sections sections, later headings become paragraphs of
// the last section, with one kTooManySections. Both stop the parse short of
// nothing; ArticleParser::Parse() applies LimitAction::kError.
//
// Scanning. `scanner`, when given, finds the body's line ends and checks the
// bytes it reads (ByteScanner::LineEnd()), so that a large input is read from
// memory once; the caller calls its Finish().
void ParseBody(ParseState* state, ByteScanner* scanner = nullptr);

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_BODY_BODY_H_
