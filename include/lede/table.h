// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: table.h
// -----------------------------------------------------------------------------
//
// Flat records of an article's metadata, one row per article, for users who
// load the results into a spreadsheet or SQL: CSV (RFC 4180), TSV, or JSON
// Lines of flat objects. The caller picks the columns (TableField) and their
// order; `lede parse --output csv --fields source,date,title` uses this.
//
//   absl::StatusOr<std::vector<lede::TableField>> fields =
//       lede::ParseTableFields("source,date,precision,title,words");
//   lede::TableOptions options;
//   options.format = lede::TableFormat::kCsv;
//   options.fields = *fields;
//   lede::TableWriter writer(options);
//   std::string out;
//   writer.WriteHeader(&out);              // "source,date,...\r\n"
//   writer.Write(*view, "a.txt", &out);    // one record, its line end too
//
// Values: strings as they are (invalid UTF-8 replaced by U+FFFD), dates in
// ISO 8601 at their precision, numbers in decimal, lists (authors, tags,
// warnings) joined with "; ", and a missing value as an empty field (null in
// JSON Lines, where numbers are numbers and lists are arrays of strings).
// CSV quotes a field holding '"', ',', CR or LF and ends records in CR LF;
// TSV, which has no quoting, writes '\', tab, LF and CR in a field as "\\",
// "\t", "\n" and "\r" and ends records in LF. The JSON Lines records are
// described by "$defs/record" in schema/lede.schema.json.

#ifndef LEDE_TABLE_H_
#define LEDE_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lede/article.h"
#include "lede/export.h"

namespace lede {

// TableFormat
//
// How TableWriter writes its records.
enum class TableFormat {
  kCsv,        // RFC 4180, with a header row
  kTsv,        // tab-separated, with a header row
  kJsonLines,  // one flat JSON object per line, no header
};

// TableField
//
// A column of the flat record. The names, as TableFieldName() gives them and
// `--fields` takes them, are in the comments.
enum class TableField : std::uint8_t {
  kSource,          // "source": the path, or "-"
  kFormat,          // "format": "plain" or "markdown"
  kHeaderStyle,     // "header_style"
  kDate,            // "date": ISO 8601 at its precision
  kPrecision,       // "precision": the date's precision ("day", ...)
  kOffset,          // "offset": the date's UTC offset in minutes
  kZone,            // "zone": the date's zone as written ("EDT")
  kLanguage,        // "language": the language of the date's words ("en")
  kDateText,        // "date_text": the date's text in the input
  kUpdated,         // "updated": the updated date, ISO 8601
  kTitle,           // "title"
  kByline,          // "byline": the byline's text
  kAuthors,         // "authors": the names, "; " between them
  kPlace,           // "place": the dateline's place ("MOSCOW")
  kWire,            // "wire": the dateline's source ("Reuters")
  kTags,            // "tags": "; " between them
  kLead,            // "lead": the first paragraph's text
  kBytes,           // "bytes"
  kWords,           // "words"
  kCjkCharacters,   // "cjk_characters"
  kSentences,       // "sentences"
  kParagraphs,      // "paragraphs"
  kSections,        // "sections"
  kReadingMinutes,  // "reading_minutes" (also read as "reading_time")
  kWarnings,        // "warnings": the codes, "; " between them
};

// The number of TableField values.
inline constexpr int kTableFieldCount = 25;

// TableFieldName()
//
// Returns the field's name ("source", "reading_minutes", ...).
// Lifetime: static storage; always valid.
[[nodiscard]] LEDE_EXPORT std::string_view TableFieldName(TableField field);

// ParseTableFields()
//
// Reads a comma-separated list of field names ("source,date,title"; blanks
// around names allowed) into fields, in its order. Errors: an
// absl::InvalidArgumentError for an empty list or an unknown name, quoting
// it with its byte offset: "no field named \"titel\" at byte 7".
[[nodiscard]] LEDE_EXPORT absl::StatusOr<std::vector<TableField>>
ParseTableFields(std::string_view list);

// DefaultTableFields()
//
// Returns source, date, precision, offset, title, byline, authors, lead,
// words, sentences, reading_minutes and warnings.
[[nodiscard]] LEDE_EXPORT std::vector<TableField> DefaultTableFields();

// TableOptions
//
// How TableWriter writes records.
struct TableOptions {
  TableFormat format = TableFormat::kCsv;
  // The columns, in order. Empty: DefaultTableFields().
  std::vector<TableField> fields;
  // Join the lead's hard-wrapped lines, as JsonOptions::prose does.
  bool prose = false;
};

// TableWriter
//
// Writes flat records, reusing its scratch: once it and the output string
// have grown, writing does not allocate. Not thread-safe; one per thread.
class LEDE_EXPORT TableWriter {
 public:
  explicit TableWriter(TableOptions options = {});

  // TableWriter::WriteHeader()
  //
  // Appends the header row (the field names) for CSV and TSV; nothing for
  // JSON Lines.
  void WriteHeader(std::string* out) const;

  // TableWriter::Write()
  //
  // Appends the record of `article`, with `source` as its source, and the
  // record's line end.
  void Write(const ArticleView& article, std::string_view source,
             std::string* out);

  // TableWriter::options()
  //
  // Returns the options, with the fields filled in.
  [[nodiscard]] const TableOptions& options() const { return options_; }

 private:
  void WriteField(TableField field, const ArticleView& article,
                  std::string_view source, std::string* out);
  void WriteString(std::string_view text, std::string* out) const;
  void WriteOptional(const std::optional<TextSpan>& span,
                     std::string* out) const;
  void WriteNumber(std::int64_t value, std::string* out) const;
  void WriteNull(std::string* out) const;

  TableOptions options_;
  std::string scratch_;
};

}  // namespace lede

#endif  // LEDE_TABLE_H_
