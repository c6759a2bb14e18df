// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: scan.h
// -----------------------------------------------------------------------------
//
// Dates written in the words of the languages lede reads besides English:
// "25 марта 2024 г.", "25. März 2024 um 10:05 Uhr", "lundi 25 mars 2024 à
// 10h05", "25 de marzo de 2024", "2024年3月25日(月)", "2024년 3월 25일 오전
// 10:05", "Thứ Hai, ngày 25 tháng 3 năm 2024". Month, weekday and AM/PM names
// come from the CLDR table of words.h; this file holds the word order and
// the markers' rules.
//
// ScanDateInLanguages() is the entry point ParseDate(), ParseDatePrefix() and
// the article parser call: it runs the English scanner (ScanDateInto()) and
// this one in the order DateOptions::languages asks for.

#ifndef LEDE_SRC_INTERNAL_DATE_LANG_SCAN_H_
#define LEDE_SRC_INTERNAL_DATE_LANG_SCAN_H_

#include <cstddef>
#include <string_view>

#include "lede/date.h"
#include "src/internal/date/date_scan.h"

namespace lede {
namespace internal {

// ScanDateInLanguages()
//
// ScanDateInto() for every language of `options.languages`: when the first
// listed language is English (the default), the English scanner runs first
// and the words scanner only when it fails and another language is listed;
// otherwise the words scanner runs first. When English is not listed, a
// date the English scanner reads with English words is refused. On failure
// `*error` is the error of the scanner that read further. Never allocates.
inline bool ScanDateInLanguages(std::string_view text,
                                const DateOptions& options, bool prefix,
                                DateTime* date, std::size_t* offset,
                                std::size_t* length, DateScanError* error);

// ScanDateInLanguages() filling a DatePrefix, as ScanDate().
bool ScanDateInLanguages(std::string_view text, const DateOptions& options,
                         bool prefix, DatePrefix* out, DateScanError* error);

namespace lang {

// ScanWordsDate()
//
// Reads a date written with the words of the non-English languages of
// `options.languages` (English words are never read here), as ScanDateInto()
// does: with `prefix` false `text` must be exactly one date, with `prefix`
// true the longest date at its start that ends at a word boundary is taken.
// Sets DateTime::language to the first listed language all the words read
// belong to; a date without any such word is refused (the English scanner
// reads numeric dates). On failure `*progress` is the end of the last token
// it read into the date once it has read a word of its languages (else 0),
// so that the caller can tell how far it got.
bool ScanWordsDate(std::string_view text, const DateOptions& options,
                   bool prefix, DateTime* date, std::size_t* offset,
                   std::size_t* length, DateScanError* error,
                   std::size_t* progress);

// ContinuesInWords()
//
// True when `rest`, the text after a date, starts (after blanks and commas)
// with a non-ASCII character, a word of a non-English language of
// `options.languages`, or a dot and a number: the date may go on in that
// language.
bool ContinuesInWords(std::string_view rest, const DateOptions& options);

// HasEnglishDateWord()
//
// True when `text` holds an English month or weekday name as a word.
bool HasEnglishDateWord(std::string_view text);

// ScanDateInLanguages() past its English fast path: `english_result` is -1
// when the English scanner has not run, else whether it read a date (then
// into `*date`, `*offset` and `*length`, or its error into `*error`).
bool ScanDateInLanguagesSlowly(std::string_view text,
                               const DateOptions& options, bool prefix,
                               int english_result, DateTime* date,
                               std::size_t* offset, std::size_t* length,
                               DateScanError* error);

}  // namespace lang

// Inline so that an English date (English listed first, the default) costs
// what it cost before the other languages: one test and the English scan.
inline bool ScanDateInLanguages(std::string_view text,
                                const DateOptions& options, bool prefix,
                                DateTime* date, std::size_t* offset,
                                std::size_t* length, DateScanError* error) {
  const LanguageList& languages = options.languages;
  if (languages.empty() || languages[0] != Language::kEnglish) {
    return lang::ScanDateInLanguagesSlowly(text, options, prefix, -1, date,
                                           offset, length, error);
  }
  const bool ok =
      ScanDateInto(text, options, prefix, date, offset, length, error);
  if ((ok && !prefix) || languages.size() == 1) return ok;
  return lang::ScanDateInLanguagesSlowly(text, options, prefix, ok ? 1 : 0,
                                         date, offset, length, error);
}
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_DATE_LANG_SCAN_H_
