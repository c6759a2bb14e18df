// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// lede's Markdown headings held to cmark's, differentially: over cases
// written here from CommonMark's block rules, and over the real Markdown
// files found on the machine at test time (/usr/share/doc, Python packages'
// READMEs). Compared: the top-level headings (children of cmark's document;
// lede keeps a heading inside a block quote or a list item in that block),
// after lede's header (cmark reads front matter as a thematic break and a
// setext heading), each by level, first and last line, and text (cmark's
// literal text, letters and digits only, must appear in order in lede's raw
// heading text, which keeps link destinations and markup). Known, allowed
// differences of cmark 0.30's source positions: a setext heading ends on the
// line after its underline there, and one under link reference definitions
// ("[a]: /u\nbar\n===") starts at the definitions (lede: at "bar"; see
// MarkdownTest.SetextHeadingUnderLinkDefinitionsStartsAtItsText).

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "lede/article.h"

#if defined(LEDE_HAVE_CMARK)
#include <cmark.h>
#endif

namespace {

struct Heading {
  int level = 0;
  int first_line = 0;
  int last_line = 0;
  std::string text;  // normalised: ASCII letters and digits (lowercase)
                     // and non-ASCII bytes

  std::string Describe() const {
    return "h" + std::to_string(level) + " lines " +
           std::to_string(first_line) + "-" + std::to_string(last_line) +
           " \"" + text + "\"";
  }
};

std::string Normalise(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      out.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    }
  }
  return out;
}

// 1-based line numbers of each byte offset, counting LF, CR LF and CR.
class Lines {
 public:
  explicit Lines(std::string_view text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' ||
          (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
        starts_.push_back(i + 1);
      }
    }
  }
  int At(std::size_t offset) const {
    return static_cast<int>(
        std::upper_bound(starts_.begin(), starts_.end(), offset) -
        starts_.begin());
  }

 private:
  std::vector<std::size_t> starts_;
};

struct LedeHeadings {
  std::vector<Heading> headings;
  int body_line = 1;
};

LedeHeadings LedeOf(std::string_view text) {
  lede::ParseOptions options;
  options.format = lede::DocumentFormat::kMarkdown;
  lede::ArticleParser parser(options);
  LedeHeadings out;
  absl::StatusOr<lede::ArticleView> view = parser.Parse(text);
  if (!view.ok()) return out;
  const Lines lines(text);
  out.body_line = lines.At(view->body_offset);
  const auto add = [&](const lede::TextSpan& span, int level) {
    Heading heading;
    heading.level = level;
    heading.first_line = lines.At(span.offset);
    heading.last_line =
        lines.At(span.offset + (span.length > 0 ? span.length - 1 : 0));
    heading.text = Normalise(span.text);
    out.headings.push_back(heading);
  };
  if (view->title_heading) {
    // The title's heading: its level is that of a first heading read as
    // the title, always 1 unless it repeats a header's title.
    const std::string_view raw =
        text.substr(view->title_heading->offset, view->title_heading->length);
    int level = 1;
    if (!raw.empty() && raw[0] == '#') {
      level = static_cast<int>(raw.find_first_not_of('#'));
    } else if (raw.find("\n-") != std::string_view::npos ||
               raw.find("\r-") != std::string_view::npos) {
      level = 2;
    }
    add(*view->title_heading, level);
  }
  for (const lede::Section& section : view->sections) {
    if (section.heading) add(*section.heading, section.level);
  }
  return out;
}

#if defined(LEDE_HAVE_CMARK)

std::vector<Heading> CmarkOf(std::string_view text, int from_line) {
  std::vector<Heading> out;
  cmark_node* document =
      cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT);
  for (cmark_node* node = cmark_node_first_child(document); node != nullptr;
       node = cmark_node_next(node)) {
    if (cmark_node_get_type(node) != CMARK_NODE_HEADING) continue;
    if (cmark_node_get_start_line(node) < from_line) continue;
    Heading heading;
    heading.level = cmark_node_get_heading_level(node);
    heading.first_line = cmark_node_get_start_line(node);
    heading.last_line = cmark_node_get_end_line(node);
    std::string literal;
    cmark_iter* iter = cmark_iter_new(node);
    for (cmark_event_type event = cmark_iter_next(iter);
         event != CMARK_EVENT_DONE; event = cmark_iter_next(iter)) {
      cmark_node* child = cmark_iter_get_node(iter);
      const cmark_node_type type = cmark_node_get_type(child);
      if (event == CMARK_EVENT_ENTER &&
          (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
        const char* s = cmark_node_get_literal(child);
        if (s != nullptr) literal += s;
      }
    }
    cmark_iter_free(iter);
    heading.text = Normalise(literal);
    out.push_back(heading);
  }
  cmark_node_free(document);
  return out;
}

bool IsSubsequence(std::string_view small, std::string_view big) {
  std::size_t j = 0;
  for (std::size_t i = 0; i < big.size() && j < small.size(); ++i) {
    if (big[i] == small[j]) ++j;
  }
  return j == small.size();
}

// cmark 0.30 (Debian 12's) ends a setext heading's source position on the
// line after its underline; lede's span ends at the underline. That one
// known difference is allowed.
bool Agree(const Heading& lede, const Heading& cmark) {
  const bool setext = lede.first_line != lede.last_line;
  return lede.level == cmark.level && lede.first_line == cmark.first_line &&
         (lede.last_line == cmark.last_line ||
          (setext && lede.last_line + 1 == cmark.last_line)) &&
         IsSubsequence(cmark.text, lede.text);
}

struct Comparison {
  std::size_t agreeing = 0;  // headings both report alike
  std::size_t total = 0;     // headings either reports
  std::string first_difference;
};

Comparison Compare(std::string_view text) {
  const LedeHeadings lede = LedeOf(text);
  const std::vector<Heading> cmark = CmarkOf(text, lede.body_line);
  Comparison result;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < lede.headings.size() || j < cmark.size()) {
    ++result.total;
    if (i < lede.headings.size() && j < cmark.size() &&
        Agree(lede.headings[i], cmark[j])) {
      ++result.agreeing;
      ++i;
      ++j;
      continue;
    }
    if (result.first_difference.empty()) {
      result.first_difference =
          "lede: " +
          (i < lede.headings.size() ? lede.headings[i].Describe() : "none") +
          "; cmark: " + (j < cmark.size() ? cmark[j].Describe() : "none");
    }
    // Step past whichever comes first.
    const int lede_line =
        i < lede.headings.size() ? lede.headings[i].first_line : 1 << 30;
    const int cmark_line = j < cmark.size() ? cmark[j].first_line : 1 << 30;
    if (lede_line <= cmark_line) ++i;
    if (cmark_line <= lede_line) ++j;
  }
  return result;
}

// Cases written from CommonMark's block rules, each a rule the headings
// depend on.
constexpr const char* kCases[] = {
    "# Foo\n\nText.\n",
    "Foo\n=\n\nText.\n",
    "Foo\n-\n\nText.\n",
    "Foo\nbar\n===\n",
    "  Foo\n  ===\n",
    "Foo *bar*\n=========\n",
    "Foo\n   ----   \n",
    "Foo\n    ---\n",
    "    # not a heading\n",
    "   # three spaces in\n",
    "#5 bolt\n\n#hashtag\n",
    "# Heading #\n## ##\n### foo ###   \n#### bar#\n",
    "```\n# inside a fence\n```\n# after\n",
    "~~~~\n# inside\n~~~\n# still inside\n~~~~\n## out\n",
    "<!-- a comment\n\n# inside the comment\n\n-->\n# after\n",
    "<div>\n# inside the div\n\n# after the div\n",
    "<span>\n# inside the tag's block\n\n# after\n",
    "a paragraph\n<span>\n# heading\n",
    "<pre>\n\n# inside pre\n</pre>\n# after pre\n",
    "<?php\n\n# inside\n?>\n# after\n",
    "<!DOCTYPE html>\n# after\n",
    "<![CDATA[\n\n# inside\n]]>\n# after\n",
    "<div>\n\n# after a blank line\n",
    "[foo]: /url\n# Heading\n",
    "[foo]: /url\n===\n",
    "[a\nb]: /u\n# h\n",
    "[a]:\n/url\n'title'\n# h\n",
    "[a]: /u 'title' junk\nmore\n===\n",
    "> # quoted\n# top\n",
    "> foo\nbar\n===\n",
    "> foo\n---\n",
    "> a\n>\n> # b\n\n# c\n",
    "- item\n\n  # in the item\n# top\n",
    "- a\n  ```\n  # code\n      ```\n  ```\n# after\n",
    "- foo\n---\n",
    "  - a\n    # nested\n",
    "1. one\n2. two\n\n# h\n",
    "para\n2. not a list\n# h\n",
    "-\n  foo\n# h\n",
    "-\n\n  foo\n===\n",
    "* a\n*\n\n# h\n",
    "    code\n\n    more\nFoo\n---\n",
    "\tcode\n# h\n",
    " \t# indented by a tab\n",
    "- foo\n\n\tbar\n# h\n",
    ">\t# tab after the marker\n# top\n",
    "***\nFoo\n***\n",
    "Foo\n***\nbar\n",
    "Foo\n- - -\n",
    "---\nFoo\n---\nbar\n",
    "---\ntitle: x\n---\n# H\n\nText.\n",
    "Title\n=====\n\nSome text.\n\nSection\n-------\n\nMore.\n",
    "Foo\r\n===\r\n\r\n## Bar\r\n",
};

TEST(MarkdownCmarkTest, HeadingsAgreeOnCommonMarkRules) {
  for (const char* text : kCases) {
    const Comparison result = Compare(text);
    EXPECT_EQ(result.agreeing, result.total) << "input:\n"
                                             << text << "\n"
                                             << result.first_difference;
  }
}

std::vector<std::filesystem::path> MarkdownFilesOnTheMachine() {
  std::vector<std::filesystem::path> files;
  const auto collect = [&files](const std::filesystem::path& root,
                                bool readmes_only) {
    std::error_code error;
    if (!std::filesystem::is_directory(root, error)) return;
    for (auto it = std::filesystem::recursive_directory_iterator(
             root, std::filesystem::directory_options::skip_permission_denied,
             error);
         it != std::filesystem::recursive_directory_iterator();
         it.increment(error)) {
      if (error || files.size() >= 3000) break;
      const std::filesystem::path& path = it->path();
      const std::string name = path.filename().string();
      const std::string ext = path.extension().string();
      const bool markdown = ext == ".md" || ext == ".markdown";
      if (!markdown || (readmes_only && name.rfind("README", 0) != 0)) {
        continue;
      }
      if (!it->is_regular_file(error) || it->file_size(error) > (2u << 20)) {
        continue;
      }
      files.push_back(path);
    }
  };
  collect("/usr/share/doc", false);
  collect("/usr/lib/python3/dist-packages", true);
  std::sort(files.begin(), files.end());
  return files;
}

TEST(MarkdownCmarkTest, HeadingsAgreeOnRealMarkdownFiles) {
  const std::vector<std::filesystem::path> files = MarkdownFilesOnTheMachine();
  if (files.empty()) GTEST_SKIP() << "no Markdown files on this machine";
  std::size_t agreeing = 0;
  std::size_t total = 0;
  std::size_t documents_agreeing = 0;
  for (const std::filesystem::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const Comparison result = Compare(buffer.str());
    agreeing += result.agreeing;
    total += result.total;
    if (result.agreeing == result.total) {
      ++documents_agreeing;
    } else {
      std::printf("differs: %s: %s\n", path.c_str(),
                  result.first_difference.c_str());
    }
  }
  const double heading_rate =
      total == 0 ? 1.0
                 : static_cast<double>(agreeing) / static_cast<double>(total);
  const double document_rate = static_cast<double>(documents_agreeing) /
                               static_cast<double>(files.size());
  std::printf(
      "lede and cmark agree on %zu of %zu headings (%.2f%%) and on all "
      "headings of %zu of %zu Markdown files (%.2f%%)\n",
      agreeing, total, 100 * heading_rate, documents_agreeing, files.size(),
      100 * document_rate);
  RecordProperty("heading_agreement", std::to_string(heading_rate));
  EXPECT_GE(heading_rate, 0.99);
  EXPECT_GE(document_rate, 0.97);
}

#else

TEST(MarkdownCmarkTest, NeedsCmark) {
  GTEST_SKIP() << "libcmark was not found when lede was configured";
}

#endif

}  // namespace
