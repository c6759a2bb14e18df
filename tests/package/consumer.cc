// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Uses lede as a program outside its tree would, and checks the answers.

#include <cstdio>
#include <string>

#include "lede/lede.h"

int main() {
  int failures = 0;
  auto check = [&failures](bool ok, const char* what) {
    if (!ok) {
      std::fprintf(stderr, "consumer: %s\n", what);
      ++failures;
    }
  };

  check(lede::Version() == LEDE_VERSION_STRING,
        "the library and its headers disagree on the version");
  check(std::string(LEDE_EXPECTED_VERSION).empty() ||
            lede::Version() == LEDE_EXPECTED_VERSION,
        "the library does not report the project's version");

  absl::StatusOr<lede::DateTime> date = lede::ParseDate("March 25, 2024");
  check(date.ok() && date->FormatIso8601() == "2024-03-25",
        "ParseDate(\"March 25, 2024\") is not 2024-03-25");

  const std::string text = "Title: Consumer\n\nA first paragraph.\n";
  lede::ArticleParser parser;
  absl::StatusOr<lede::ArticleView> view = parser.Parse(text);
  check(view.ok(), "Parse failed");
  if (view.ok()) {
    std::string json;
    lede::ToJson(*view, lede::JsonOptions(), &json);
    check(!json.empty() && json.front() == '{', "ToJson wrote no object");
  }
  // lede/encoding.h links libuchardet and iconv into the consumer.
  std::string utf8;
  check(lede::ConvertToUtf8("Caf\xe9", "WINDOWS-1252", &utf8).ok() &&
            utf8 == "Caf\xc3\xa9",
        "ConvertToUtf8() from WINDOWS-1252 failed");
  const absl::StatusOr<std::string> encoding =
      lede::DetectEncoding("Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve.");
  check(encoding.ok() && *encoding != "UTF-8",
        "DetectEncoding() took Windows-1252 for UTF-8");
  if (failures == 0) std::printf("consumer: ok\n");
  return failures == 0 ? 0 : 1;
}
