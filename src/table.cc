// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// TableWriter: one record per article, each value through the escaper of its
// format (src/internal/json/escape.h).

#include "lede/table.h"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lede/article.h"
#include "lede/date.h"
#include "src/internal/json/escape.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace {

constexpr std::string_view kFieldNames[kTableFieldCount] = {
    "source",    "format",     "header_style", "date",
    "precision", "offset",     "zone",         "language",
    "date_text", "updated",    "title",        "byline",
    "authors",   "place",      "wire",         "tags",
    "lead",      "bytes",      "words",        "cjk_characters",
    "sentences", "paragraphs", "sections",     "reading_minutes",
    "warnings",
};

constexpr std::string_view kListSeparator = "; ";

}  // namespace

std::string_view TableFieldName(TableField field) {
  const auto index = static_cast<std::size_t>(field);
  return index < kTableFieldCount ? kFieldNames[index] : std::string_view();
}

absl::StatusOr<std::vector<TableField>> ParseTableFields(
    std::string_view list) {
  std::vector<TableField> fields;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    const std::string_view name =
        internal::TrimBlanks(list.substr(start, comma - start));
    const std::size_t at =
        name.empty() ? start
                     : static_cast<std::size_t>(name.data() - list.data());
    std::optional<TableField> found;
    for (int i = 0; i < kTableFieldCount; ++i) {
      if (name == kFieldNames[i]) found = static_cast<TableField>(i);
    }
    if (name == "reading_time") found = TableField::kReadingMinutes;
    if (!found) {
      std::string message =
          name.empty() ? "empty field name" : "no field named \"";
      if (!name.empty()) {
        message.append(name.data(), name.size());
        message.push_back('"');
      }
      message.append(" at byte ");
      message.append(std::to_string(at));
      return absl::InvalidArgumentError(message);
    }
    for (const TableField earlier : fields) {
      if (earlier == *found) {
        return absl::InvalidArgumentError("field \"" + std::string(name) +
                                          "\" given twice at byte " +
                                          std::to_string(at));
      }
    }
    fields.push_back(*found);
    start = comma + 1;
  }
  return fields;
}

std::vector<TableField> DefaultTableFields() {
  return {TableField::kSource,         TableField::kDate,
          TableField::kPrecision,      TableField::kOffset,
          TableField::kTitle,          TableField::kByline,
          TableField::kAuthors,        TableField::kLead,
          TableField::kWords,          TableField::kSentences,
          TableField::kReadingMinutes, TableField::kWarnings};
}

TableWriter::TableWriter(TableOptions options) : options_(std::move(options)) {
  if (options_.fields.empty()) options_.fields = DefaultTableFields();
}

void TableWriter::WriteHeader(std::string* out) const {
  if (options_.format == TableFormat::kJsonLines) return;
  const char separator = options_.format == TableFormat::kCsv ? ',' : '\t';
  for (std::size_t i = 0; i < options_.fields.size(); ++i) {
    if (i > 0) out->push_back(separator);
    const std::string_view name = TableFieldName(options_.fields[i]);
    out->append(name.data(), name.size());
  }
  out->append(options_.format == TableFormat::kCsv ? "\r\n" : "\n");
}

void TableWriter::WriteString(std::string_view text, std::string* out) const {
  switch (options_.format) {
    case TableFormat::kCsv:
      internal::AppendCsvField(text, out);
      return;
    case TableFormat::kTsv:
      internal::AppendTsvField(text, out);
      return;
    case TableFormat::kJsonLines:
      internal::AppendJsonString(text, /*lower_case=*/false, out);
      return;
  }
}

void TableWriter::WriteNull(std::string* out) const {
  if (options_.format == TableFormat::kJsonLines) out->append("null", 4);
}

void TableWriter::WriteOptional(const std::optional<TextSpan>& span,
                                std::string* out) const {
  if (span) {
    WriteString(span->text, out);
  } else {
    WriteNull(out);
  }
}

void TableWriter::WriteNumber(std::int64_t value, std::string* out) const {
  char digits[24];
  const std::to_chars_result result =
      std::to_chars(digits, digits + sizeof(digits), value);
  out->append(digits, static_cast<std::size_t>(result.ptr - digits));
}

namespace {

// Calls `each(i, text)` for each element of a list field of `article`.
template <typename Each>
void ForEachListItem(TableField field, const ArticleView& article, Each each) {
  std::size_t i = 0;
  if (field == TableField::kAuthors) {
    if (!article.byline) return;
    for (const Author& author : article.byline->authors) {
      each(i++, author.name.text);
    }
  } else if (field == TableField::kTags) {
    for (const TextSpan& tag : article.tags) each(i++, tag.text);
  } else {
    for (const Warning& warning : article.warnings) {
      each(i++, WarningCodeName(warning.code));
    }
  }
}

}  // namespace

void TableWriter::WriteField(TableField field, const ArticleView& article,
                             std::string_view source, std::string* out) {
  const bool json = options_.format == TableFormat::kJsonLines;
  const std::optional<DateTime>& date = article.date;
  auto iso = [&](const std::optional<DateTime>& d) {
    if (!d) return WriteNull(out);
    if (json) out->push_back('"');
    d->AppendIso8601(out);  // nothing to quote or escape in any format
    if (json) out->push_back('"');
  };
  auto number = [&](std::size_t value) {
    WriteNumber(static_cast<std::int64_t>(value), out);
  };
  auto name_or_null = [&](bool present, std::string_view text) {
    if (present && !text.empty()) {
      WriteString(text, out);
    } else {
      WriteNull(out);
    }
  };
  switch (field) {
    case TableField::kSource:
      return WriteString(source, out);
    case TableField::kFormat:
      return WriteString(DocumentFormatName(article.format), out);
    case TableField::kHeaderStyle:
      return WriteString(HeaderStyleName(article.header_style), out);
    case TableField::kDate:
      return iso(date);
    case TableField::kPrecision:
      return name_or_null(date.has_value(),
                          date ? DatePrecisionName(date->precision) : "");
    case TableField::kOffset:
      if (date && date->utc_offset_minutes) {
        return WriteNumber(*date->utc_offset_minutes, out);
      }
      return WriteNull(out);
    case TableField::kZone:
      return name_or_null(date.has_value(), date ? date->zone() : "");
    case TableField::kLanguage:
      return name_or_null(
          date && date->language,
          date && date->language ? LanguageCode(*date->language) : "");
    case TableField::kDateText:
      return WriteOptional(article.date_text, out);
    case TableField::kUpdated:
      return iso(article.updated);
    case TableField::kTitle:
      return WriteOptional(article.title, out);
    case TableField::kByline:
      return name_or_null(article.byline.has_value(),
                          article.byline ? article.byline->text.text : "");
    case TableField::kPlace:
      return name_or_null(article.dateline.has_value(),
                          article.dateline ? article.dateline->place.text : "");
    case TableField::kWire:
      return name_or_null(article.dateline && article.dateline->source,
                          article.dateline && article.dateline->source
                              ? article.dateline->source->text
                              : "");
    case TableField::kLead:
      if (article.lead && options_.prose) {
        return WriteString(internal::ProseText(article.lead->text, &scratch_),
                           out);
      }
      return WriteOptional(article.lead, out);
    case TableField::kBytes:
      return number(article.stats.bytes);
    case TableField::kWords:
      return number(article.stats.words);
    case TableField::kCjkCharacters:
      return number(article.stats.cjk_characters);
    case TableField::kSentences:
      return number(article.stats.sentences);
    case TableField::kParagraphs:
      return number(article.stats.paragraphs);
    case TableField::kSections:
      return number(article.stats.sections);
    case TableField::kReadingMinutes:
      return number(article.stats.reading_minutes);
    case TableField::kAuthors:
    case TableField::kTags:
    case TableField::kWarnings:
      break;
  }
  // A list: an array in JSON, else its items joined into one field.
  if (json) {
    out->push_back('[');
    ForEachListItem(field, article, [&](std::size_t i, std::string_view text) {
      if (i > 0) out->push_back(',');
      internal::AppendJsonString(text, /*lower_case=*/false, out);
    });
    out->push_back(']');
    return;
  }
  scratch_.clear();
  ForEachListItem(field, article, [&](std::size_t i, std::string_view text) {
    if (i > 0) scratch_.append(kListSeparator.data(), kListSeparator.size());
    scratch_.append(text.data(), text.size());
  });
  WriteString(scratch_, out);
}

void TableWriter::Write(const ArticleView& article, std::string_view source,
                        std::string* out) {
  const bool json = options_.format == TableFormat::kJsonLines;
  const char separator = options_.format == TableFormat::kCsv ? ',' : '\t';
  if (json) out->push_back('{');
  for (std::size_t i = 0; i < options_.fields.size(); ++i) {
    const TableField field = options_.fields[i];
    if (json) {
      if (i > 0) out->push_back(',');
      out->push_back('"');
      const std::string_view name = TableFieldName(field);
      out->append(name.data(), name.size());
      out->append("\":", 2);
    } else if (i > 0) {
      out->push_back(separator);
    }
    WriteField(field, article, source, out);
  }
  if (json) {
    out->append("}\n", 2);
  } else {
    out->append(options_.format == TableFormat::kCsv ? "\r\n" : "\n");
  }
}

}  // namespace lede
