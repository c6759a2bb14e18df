// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests of the byte scan (src/internal/text/scan.h): ScanText() and
// ByteScanner, on their own and alongside the body parse, at every Isa the
// machine has.

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "src/internal/body/body.h"
#include "src/internal/header/header.h"
#include "src/internal/parse_state.h"
#include "src/internal/text/cpu.h"
#include "src/internal/text/scan.h"

namespace lede {
namespace internal {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The body parse after a whole scan, through a ParseState.
class BodyRun {
 public:
  explicit BodyRun(const ParseOptions& options = {}) : state_(options) {}

  const ArticleView& Parse(std::string_view text, std::size_t body_offset = 0) {
    state_.Reset(text);
    if (body_offset == 0 && text.substr(0, kBom.size()) == kBom) {
      body_offset = kBom.size();
    }
    state_.view.body_offset = body_offset;
    ScanText(&state_);
    ParseBody(&state_);
    state_.Finish();
    return state_.view;
  }

  ParseState& state() { return state_; }

 private:
  ParseState state_;
};

std::size_t CountWarnings(const ArticleView& view, WarningCode code) {
  return static_cast<std::size_t>(
      std::count_if(view.warnings.begin(), view.warnings.end(),
                    [code](const Warning& w) { return w.code == code; }));
}

// ---- ScanText
// ------------------------------------------------------------------------

TEST(ScanTextTest, WarnsOnceForNulBytes) {
  BodyRun run;
  const std::string text("ab\0cd\0e", 7);
  const ArticleView& view = run.Parse(text);
  ASSERT_EQ(CountWarnings(view, WarningCode::kNulByte), 1u);
  EXPECT_EQ(view.warnings[0].offset, 2u);
}

struct Utf8Case {
  std::string name;
  std::string text;
  std::vector<std::size_t> offsets;
};

void PrintTo(const Utf8Case& c, std::ostream* os) { *os << c.name; }

class InvalidUtf8Test : public testing::TestWithParam<Utf8Case> {};

TEST_P(InvalidUtf8Test, WarnsAtEachBadSequence) {
  BodyRun run;
  const ArticleView& view = run.Parse(GetParam().text);
  std::vector<std::size_t> offsets;
  for (const Warning& w : view.warnings) {
    if (w.code == WarningCode::kInvalidUtf8) offsets.push_back(w.offset);
  }
  EXPECT_EQ(offsets, GetParam().offsets);
}

INSTANTIATE_TEST_SUITE_P(
    Sequences, InvalidUtf8Test,
    testing::ValuesIn(std::vector<Utf8Case>{
        {"Valid", "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 \xE6\x9D\xB1", {}},
        {"Overlong",
         "a\xC0\x80"
         "b",
         {1, 2}},
        {"OverlongThreeBytes", "a\xE0\x80\xAF", {1, 2, 3}},
        {"Surrogate", "a\xED\xA0\x80z", {1, 2, 3}},
        {"TruncatedAtEnd", "abc\xE2\x82", {3}},
        {"TruncatedBeforeAscii", "\xE2\x82z\xF0\x9F\x98 ", {0, 3}},
        {"LoneContinuation", "x\x80\xBFy", {1, 2}},
        {"AboveUnicode", "\xF4\x90\x80\x80\xF5", {0, 1, 2, 3, 4}},
        {"AfterSixteenAsciiBytes", "0123456789abcdef\xFF", {16}},
    }),
    [](const testing::TestParamInfo<Utf8Case>& param_info) {
      return param_info.param.name;
    });

TEST(ScanTextTest, InvalidUtf8WarningsStopAtTheCap) {
  ParseOptions options;
  options.max_warnings = 5;
  BodyRun run(options);
  const ArticleView& view = run.Parse(std::string(100, '\x80'));
  EXPECT_EQ(view.warnings.size(), 6u);
  EXPECT_EQ(view.warnings.back().code, WarningCode::kTooManyWarnings);
}

struct LineEndingCase {
  std::string name;
  std::string text;
  std::vector<std::size_t> cr_offsets;  // kCrLineEndings warnings
  std::vector<std::size_t> mixed_offsets;
};

void PrintTo(const LineEndingCase& c, std::ostream* os) { *os << c.name; }

class LineEndingTest : public testing::TestWithParam<LineEndingCase> {};

TEST_P(LineEndingTest, WarnsOnceForEachKind) {
  BodyRun run;
  const ArticleView& view = run.Parse(GetParam().text);
  std::vector<std::size_t> cr;
  std::vector<std::size_t> mixed;
  for (const Warning& w : view.warnings) {
    if (w.code == WarningCode::kCrLineEndings) cr.push_back(w.offset);
    if (w.code == WarningCode::kMixedLineEndings) mixed.push_back(w.offset);
  }
  EXPECT_EQ(cr, GetParam().cr_offsets);
  EXPECT_EQ(mixed, GetParam().mixed_offsets);
}

INSTANTIATE_TEST_SUITE_P(
    Endings, LineEndingTest,
    testing::ValuesIn(std::vector<LineEndingCase>{
        {"Lf", "a\nb\nc\n", {}, {}},
        {"CrLf", "a\r\nb\r\nc\r\n", {1}, {}},
        {"LoneCr", "a\rb\rc", {1}, {}},
        {"LfThenCrLf", "a\nb\r\nc\r\n", {3}, {3}},
        {"CrLfThenLf", "a\r\nb\nc\r\n", {1}, {4}},
        {"AllThree", "a\r\nb\rc\nd", {1, 4}, {4}},
    }),
    [](const testing::TestParamInfo<LineEndingCase>& param_info) {
      return param_info.param.name;
    });

// The AVX2 scan (ScanText() on this machine) against the portable one, on
// random bytes weighted towards what the scan looks for: every kind of
// UTF-8 lead, continuation and invalid byte, CR, LF, NUL, at every offset
// around the 64- and 128-byte blocks, in texts that cross several blocks.
TEST(ScanTextTest, MatchesThePortableScanOnRandomBytes) {
  static const char kBytes[] = {
      'a',    ' ',    '.',    '\n',   '\r',   '\0',   '\x80', '\x8F', '\x90',
      '\x9F', '\xA0', '\xBF', '\xC0', '\xC1', '\xC2', '\xC3', '\xDF', '\xE0',
      '\xE2', '\xED', '\xEF', '\xF0', '\xF4', '\xF5', '\xFF'};
  // Sequences, well-formed and not, at the edges of each rule.
  static const char* const kSequences[] = {"\xC3\xA9",
                                           "\xE2\x80\x94",
                                           "\xF0\x9F\x98\x80",
                                           "\xED\x9F\xBF",
                                           "\xE0\xA0\x80",
                                           "\xF4\x8F\xBF\xBF",
                                           "\xC0\x80",
                                           "\xC1\xBF",
                                           "\xE0\x9F\xBF",
                                           "\xED\xA0\x80",
                                           "\xF0\x8F\xBF\xBF",
                                           "\xF4\x90\x80\x80",
                                           "\xF5\x80\x80\x80",
                                           "\xE2\x80",
                                           "\xF0\x9F\x98",
                                           "\xC3\xA9\xA9",
                                           "\xF8\x88\x80\x80\x80"};
  std::mt19937 rng(64);
  std::uniform_int_distribution<int> length(0, 400);
  std::uniform_int_distribution<int> kind(0, 99);
  std::uniform_int_distribution<std::size_t> byte(0, sizeof(kBytes) - 1);
  std::uniform_int_distribution<std::size_t> sequence(
      0, sizeof(kSequences) / sizeof(kSequences[0]) - 1);
  ParseOptions options;
  options.max_warnings = 100000;
  ParseState fast(options);
  ParseState portable(options);
  for (int round = 0; round < 20000; ++round) {
    // Mostly ASCII with a rare other byte, so that whole blocks are plain
    // and the scan switches from skipping to classifying at any offset.
    const int rare = round % 4 == 0 ? 50 : round % 4 == 1 ? 5 : 1;
    std::string text;
    const int n = length(rng);
    while (static_cast<int>(text.size()) < n) {
      const int k = kind(rng);
      if (k < rare) {
        text += kBytes[byte(rng)];
      } else if (k < 2 * rare) {
        text += kSequences[sequence(rng)];
      } else {
        text += static_cast<char>('a' + k % 26);
      }
    }
    fast.Reset(text);
    portable.Reset(text);
    ScanText(&fast);
    {
      const ScopedIsaForTesting narrowest(*SupportedIsas().begin());
      ScanText(&portable);
    }
    ASSERT_EQ(fast.warnings.size(), portable.warnings.size()) << text;
    for (std::size_t i = 0; i < fast.warnings.size(); ++i) {
      EXPECT_EQ(fast.warnings[i].code, portable.warnings[i].code) << text;
      EXPECT_EQ(fast.warnings[i].offset, portable.warnings[i].offset) << text;
    }
  }
}

// ArticleParser scans a large input's bytes alongside its body parse, a
// little ahead of it, and then moves the scan's warnings to where a scan of
// the whole input before the parse puts them. The parse must give the very
// warnings, in the very order, of that reference, with the scan's findings
// spread over inputs of many scan steps, and when the warning cap is reached.
TEST(ScanTextTest, ParserWarnsAsIfItScannedFirst) {
  static const char* const kPieces[] = {"The council met on Monday. ",
                                        "Budget Talks Resume\n\n",
                                        "\n\n",
                                        "\r\n",
                                        "\r",
                                        "\0",
                                        "\xC3\xA9",
                                        "\xE2\x80\x94",
                                        "\xFF",
                                        "\xE2\x82",
                                        "## A Heading\n\n",
                                        "## \n\n",
                                        "```\ncode\n```\n\n"};
  std::mt19937 rng(16);
  std::uniform_int_distribution<std::size_t> piece(
      0, sizeof(kPieces) / sizeof(kPieces[0]) - 1);
  std::uniform_int_distribution<int> rare(0, 199);
  std::uniform_int_distribution<std::size_t> size(0, 80000);
  for (int round = 0; round < 200; ++round) {
    ParseOptions options;
    options.max_warnings = round % 5 == 0 ? 3 : 1000;
    // A header with a duplicate key and an unparseable date, and headings
    // with no body, give warnings of the header and the body among the
    // scan's.
    std::string text =
        round % 2 == 0 ? "Title: A Long One\nTitle: Again\nDate: someday\n\n"
                       : "## Lone Heading\n\n## Next Heading\n\n";
    const std::size_t n = size(rng);
    while (text.size() < n) {
      const std::size_t k = piece(rng);
      // Mostly prose; the rest rarely, so that scan steps go by clean.
      text += rare(rng) < 4 || k < 2 ? kPieces[k] : kPieces[0];
    }
    ArticleParser parser(options);
    absl::StatusOr<ArticleView> view = parser.Parse(text);
    ASSERT_TRUE(view.ok());

    ParseState reference(options);
    reference.Reset(text);
    ScanText(&reference);
    ParseHeader(&reference, 0);
    ParseBody(&reference);
    if (!reference.view.date) {
      reference.AddWarning(WarningCode::kNoDate, reference.view.body_offset,
                           "the article carries no date");
    }
    ASSERT_EQ(view->warnings.size(), reference.warnings.size()) << round;
    for (std::size_t i = 0; i < reference.warnings.size(); ++i) {
      EXPECT_EQ(view->warnings[i].code, reference.warnings[i].code)
          << round << " " << i;
      EXPECT_EQ(view->warnings[i].offset, reference.warnings[i].offset)
          << round << " " << i;
    }
    EXPECT_EQ(view->stats.words, reference.view.stats.words);
    EXPECT_EQ(view->sections.size(), reference.sections.size());
  }
}

// The body parse with a scanner of each width (AVX-512 where the CPU has it,
// AVX2, portable) finds the same blocks and, once the scanner is finished,
// the same warnings as a scan of the whole input before the parse: the line
// search and the checks it makes on the way agree at every width.
TEST(ScanTextTest, LineSearchOfEveryWidthAgrees) {
  static const std::string kPieces[] = {"The council met on Monday. ",
                                        "Budget Talks Resume\n\n",
                                        "\n\n",
                                        "\r\n",
                                        "\r",
                                        "\n",
                                        std::string(1, '\0'),
                                        "\xC3\xA9",
                                        "\xE2\x80\x94",
                                        "\xFF",
                                        "\xE2\x82",
                                        "## A Heading\n\n"};
  std::mt19937 rng(64);
  std::uniform_int_distribution<std::size_t> piece(
      0, sizeof(kPieces) / sizeof(kPieces[0]) - 1);
  std::uniform_int_distribution<int> rare(0, 99);
  std::uniform_int_distribution<std::size_t> size(0, 3000);
  for (int round = 0; round < 600; ++round) {
    std::string text;
    const std::size_t n = size(rng);
    while (text.size() < n) {
      const std::size_t k = piece(rng);
      text += rare(rng) < 10 || k < 2 ? kPieces[k] : kPieces[0];
    }
    ParseState reference{ParseOptions()};
    reference.Reset(text);
    ScanText(&reference);
    ParseBody(&reference);
    std::vector<std::pair<std::size_t, int>> expected;
    for (const Warning& w : reference.warnings) {
      expected.emplace_back(w.offset, static_cast<int>(w.code));
    }
    std::sort(expected.begin(), expected.end());
    for (Isa isa : SupportedIsas()) {
      const ScopedIsaForTesting scoped(isa);
      ParseState state{ParseOptions()};
      state.Reset(text);
      ByteScanner scanner(&state);
      ParseBody(&state, &scanner);
      scanner.Finish();
      std::vector<std::pair<std::size_t, int>> got;
      for (const Warning& w : state.warnings) {
        got.emplace_back(w.offset, static_cast<int>(w.code));
      }
      std::sort(got.begin(), got.end());
      ASSERT_EQ(got, expected) << round << " " << IsaName(isa);
      ASSERT_EQ(state.view.stats.words, reference.view.stats.words) << round;
      ASSERT_EQ(state.view.stats.sentences, reference.view.stats.sentences)
          << round;
      ASSERT_EQ(state.blocks.size(), reference.blocks.size()) << round;
    }
  }
}

// A character cut short, followed by plain ASCII, is reported wherever it
// lies: at the end of one step of the scan that runs alongside the body parse
// as well as inside one. Offsets around every multiple of 64 up to 48 KB are
// tried, in one long paragraph and in short ones.
TEST(ScanTextTest, ReportsACharacterCutShortAtAStepBoundary) {
  for (const char* filler : {"x", "Word after word. ", "Short one.\n\n"}) {
    std::string prose;
    while (prose.size() < 50000) prose += filler;
    for (std::size_t at = 62; at < 48 << 10; at += 64) {
      for (std::size_t offset : {at, at + 1, at + 2}) {
        std::string text = "Date: 2024-03-25\n\n" + prose;
        text.replace(offset, 2, "\xE2\x80");
        ArticleParser parser;
        absl::StatusOr<ArticleView> view = parser.Parse(text);
        ASSERT_TRUE(view.ok());
        bool reported = false;
        for (const Warning& warning : view->warnings) {
          reported = reported || (warning.code == WarningCode::kInvalidUtf8 &&
                                  warning.offset == offset);
        }
        ASSERT_TRUE(reported) << filler << " " << offset;
      }
    }
  }
}

}  // namespace
}  // namespace internal
}  // namespace lede
