// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// `lede date`: the date parser on the command line, through the public API
// only.

#include "date_command.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/time/civil_time.h"
#include "lede/date.h"
#include "output.h"

namespace lede_cli {
namespace {

// The usage line of error messages: one line, as every command's.
constexpr char kUsageLine[] = "usage: lede date [options] [STRING... | -]";
constexpr char kUsage[] =
    "usage: lede date [--json] [--day-first] [--weekday-mismatch] [--unix]\n"
    "                 [--default-zone ZONE] [--lang CODES] [STRING... | -]\n";
constexpr char kHelp[] =
    "\n"
    "Parses each STRING as one date and prints it as ISO 8601 at the "
    "precision\n"
    "it was written with (2024, 2024-03, 2024-W13, 2024-03-25, "
    "2024-03-25T10,\n"
    "2024-03-25T10:05, ...), with Z or +09:00 when the string gave a zone.\n"
    "With no STRING and stdin not a terminal, or with -, reads one string per\n"
    "line from stdin.\n"
    "\n"
    "options:\n"
    "  --json                 print one JSON object per string, in order,\n"
    "                         accepted or not (the input, iso, precision,\n"
    "                         offset_minutes, zone, zone_name, the flags; or\n"
    "                         error and error_offset)\n"
    "  --day-first            read 03/04/2024 as 3 April (default: March 4)\n"
    "  --weekday-mismatch     keep a date whose weekday contradicts it, and\n"
    "                         flag it (default: an error)\n"
    "  --unix                 read 10 digits as Unix seconds, 13 as\n"
    "                         milliseconds (\"@1711361130\" is always read)\n"
    "  --default-zone ZONE    the IANA zone of a time written without one\n"
    "                         (flagged as assumed)\n"
    "  --lang CODES           the languages of the dates, in order of\n"
    "                         preference (\"de,fr\"; default: all, English\n"
    "                         first)\n"
    "  -h, --help             show this help\n"
    "  --                     end of options\n"
    "\n"
    "Without --json, a date whose zone or day/month order is ambiguous is\n"
    "printed as read and a warning goes to stderr.\n"
    "\n"
    "exit status: 0 when every STRING is a date, 1 when one is not or output\n"
    "failed, 2 on a usage error.\n";

// Writes `text` in double quotes with '"', '\\' and control bytes escaped, so
// that a line on stderr always names its string unambiguously.
void AppendQuoted(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(ch);
    } else if (c < 0x20 || c == 0x7f) {
      out->append("\\x");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    } else {
      out->push_back(ch);
    }
  }
  out->push_back('"');
}

// The length of the well-formed UTF-8 sequence at text[i], or 0.
std::size_t Utf8Length(std::string_view text, std::size_t i) {
  const auto b = [&text](std::size_t k) {
    return static_cast<unsigned char>(text[k]);
  };
  const unsigned char c = b(i);
  const std::size_t left = text.size() - i;
  auto cont = [&](std::size_t k) {
    return k < left && (b(i + k) & 0xC0) == 0x80;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;
    if (c == 0xED && b(i + 1) > 0x9F) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;
    if (c == 0xF4 && b(i + 1) > 0x8F) return 0;
    return 4;
  }
  return 0;
}

// Appends `text` as a JSON string; a byte that is not UTF-8 becomes U+FFFD.
void AppendJsonString(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t n = Utf8Length(text, i);
      if (n == 0) {
        out->append("\\ufffd");
        ++i;
      } else {
        out->append(text.data() + i, n);
        i += n;
      }
      continue;
    }
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(c));
    } else if (c < 0x20 || c == 0x7f) {
      out->append("\\u00");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    } else {
      out->push_back(static_cast<char>(c));
    }
    ++i;
  }
  out->push_back('"');
}

void AppendJsonBool(std::string_view key, bool value, std::string* out) {
  out->append(",\"");
  out->append(key.data(), key.size());
  out->append(value ? "\":true" : "\":false");
}

// The byte offset that ends a lede date error ("... at byte 11"), or -1.
long ErrorOffset(std::string_view message) {
  const std::size_t at = message.rfind(" at byte ");
  if (at == std::string_view::npos) return -1;
  long value = 0;
  for (std::size_t i = at + 9; i < message.size(); ++i) {
    const char c = message[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

void AppendJson(std::string_view text,
                const absl::StatusOr<lede::DateTime>& date, std::string* out) {
  out->append("{\"input\":");
  AppendJsonString(text, out);
  if (!date.ok()) {
    const auto message = date.status().message();
    out->append(",\"error\":");
    AppendJsonString(std::string_view(message.data(), message.size()), out);
    const long offset =
        ErrorOffset(std::string_view(message.data(), message.size()));
    out->append(",\"error_offset\":");
    out->append(offset < 0 ? std::string("null") : std::to_string(offset));
    out->append("}\n");
    return;
  }
  out->append(",\"iso\":\"");
  date->AppendIso8601(out);
  out->append("\",\"precision\":\"");
  const std::string_view precision = lede::DatePrecisionName(date->precision);
  out->append(precision.data(), precision.size());
  out->append("\",\"offset_minutes\":");
  out->append(date->utc_offset_minutes.has_value()
                  ? std::to_string(*date->utc_offset_minutes)
                  : std::string("null"));
  out->append(",\"zone\":");
  if (date->zone().empty()) {
    out->append("null");
  } else {
    AppendJsonString(date->zone(), out);
  }
  out->append(",\"zone_name\":");
  if (date->zone_name().empty()) {
    out->append("null");
  } else {
    AppendJsonString(date->zone_name(), out);
  }
  AppendJsonBool("zone_ambiguous", date->zone_ambiguous, out);
  AppendJsonBool("zone_assumed", date->zone_assumed, out);
  AppendJsonBool("day_month_ambiguous", date->day_month_ambiguous, out);
  out->append(",\"alternate\":");
  const std::optional<lede::DateTime> alternate = date->AlternateReading();
  if (alternate.has_value()) {
    out->push_back('"');
    alternate->AppendIso8601(out);
    out->push_back('"');
  } else {
    out->append("null");
  }
  AppendJsonBool("year_expanded", date->year_expanded, out);
  out->append(",\"weekday\":");
  if (date->weekday.has_value()) {
    out->push_back('"');
    const std::string_view name = lede::WeekdayName(*date->weekday);
    out->append(name.data(), name.size());
    out->push_back('"');
  } else {
    out->append("null");
  }
  AppendJsonBool("weekday_mismatch", date->weekday_mismatch, out);
  out->append(",\"language\":");
  if (date->language.has_value()) {
    const std::string_view code = lede::LanguageCode(*date->language);
    out->push_back('"');
    out->append(code.data(), code.size());
    out->push_back('"');
  } else {
    out->append("null");
  }
  out->append("}\n");
}

// One run of the command: its options and where it stands.
class DateRun {
 public:
  DateRun(const lede::DateOptions& options, bool json)
      : options_(options), json_(json) {}

  void Parse(std::string_view text) {
    if (StdoutFailed()) return;  // the output is gone: stop at once
    const absl::StatusOr<lede::DateTime> date = lede::ParseDate(text, options_);
    line_.clear();
    if (json_) {
      if (!date.ok()) status_ = 1;
      AppendJson(text, date, &line_);
      Write(stdout, line_);
      return;
    }
    if (date.ok()) {
      date->AppendIso8601(&line_);
      line_.push_back('\n');
      Write(stdout, line_);
      if (date->zone_ambiguous || date->day_month_ambiguous) Warn(text, *date);
      return;
    }
    status_ = 1;
    line_ = "lede date: ";
    AppendQuoted(text, &line_);
    line_.append(": ");
    const auto message = date.status().message();  // absl::string_view
    line_.append(message.data(), message.size());
    line_.push_back('\n');
    WriteStderr(line_);
  }

  // Reads stdin one line at a time ("\n" or "\r\n"); returns the number of
  // lines.
  long ParseLines(std::FILE* in) {
    std::string text;
    long lines = 0;
    int c;
    while (!StdoutFailed() && (c = std::getc(in)) != EOF) {
      if (c == '\n') {
        ++lines;
        if (!text.empty() && text.back() == '\r') text.pop_back();
        Parse(text);
        text.clear();
      } else {
        text.push_back(static_cast<char>(c));
      }
    }
    if (std::ferror(in)) {
      std::fprintf(stderr, "lede date: cannot read stdin: %s\n",
                   std::strerror(errno));
      status_ = 1;
    }
    if (!text.empty()) {
      ++lines;
      Parse(text);
    }
    return lines;
  }

  int Finish() { return ReportStdoutFailure("date", status_); }

 private:
  // Standard output goes through output.h, which keeps the first failure's
  // errno; standard error is best effort.
  static void Write(std::FILE* to, const std::string& text) {
    if (to == stdout) {
      WriteStdout(text);
    } else {
      WriteStderr(text);
    }
  }

  void Warn(std::string_view text, const lede::DateTime& date) {
    std::string warning = "lede date: warning: ";
    AppendQuoted(text, &warning);
    if (date.zone_ambiguous) {
      warning.append(": zone \"");
      const std::string_view zone = date.zone();
      warning.append(zone.data(), zone.size());
      warning.append("\" names more than one offset; no offset given");
    }
    if (date.day_month_ambiguous) {
      warning.append(": day and month could be swapped; the other reading is ");
      date.AlternateReading()->AppendIso8601(&warning);
    }
    warning.push_back('\n');
    WriteStderr(warning);
  }

  const lede::DateOptions& options_;
  const bool json_;
  std::string line_;
  int status_ = 0;
};

int DateUsageError(std::string_view what, std::string_view arg) {
  return UsageError("date", what, arg, kUsageLine);
}

}  // namespace

int RunDateCommand(int argc, char** argv) {
  lede::DateOptions options;
  bool json = false;
  int first = 1;
  for (; first < argc; ++first) {
    const std::string_view arg = argv[first];
    if (arg == "--") {
      ++first;
      break;
    }
    if (arg == "-h" || arg == "--help") {
      const std::string help = std::string(kUsage) + kHelp;
      return WriteStdout(help) ? 0 : ReportStdoutFailure("date", 1);
    }
    if (arg == "--day-first") {
      options.day_first = true;
    } else if (arg == "--json") {
      json = true;
    } else if (arg == "--weekday-mismatch") {
      options.allow_weekday_mismatch = true;
    } else if (arg == "--unix") {
      options.unix_timestamps = true;
    } else if (arg == "--default-zone" ||
               arg.substr(0, 15) == "--default-zone=") {
      if (arg.size() > 15) {
        options.default_zone = std::string(arg.substr(15));
      } else if (first + 1 < argc) {
        options.default_zone = argv[++first];
      } else {
        return DateUsageError("missing zone after", arg);
      }
      if (options.default_zone.empty()) {
        return DateUsageError("empty zone in", arg);
      }
    } else if (arg == "--lang" || arg.substr(0, 7) == "--lang=") {
      std::string_view codes = arg.substr(arg.size() > 6 ? 7 : 6);
      if (arg.size() == 6) {
        if (first + 1 >= argc)
          return DateUsageError("missing languages after", arg);
        codes = argv[++first];
      }
      std::string_view bad;
      const auto languages = lede::LanguageListFromCodes(codes, &bad);
      if (!languages.has_value())
        return DateUsageError("unknown language", bad);
      options.languages = *languages;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return DateUsageError("unknown option", arg);
    } else {
      break;
    }
  }

  DateRun run(options, json);
  if (first >= argc) {
    // No strings: stdin's lines, unless it is a terminal or empty.
    if (isatty(STDIN_FILENO) != 0 || run.ParseLines(stdin) == 0) {
      return DateUsageError("no STRING given", "");
    }
    return run.Finish();
  }
  for (int i = first; i < argc; ++i) {
    const std::string_view text = argv[i];
    if (text == "-") {
      run.ParseLines(stdin);
    } else {
      run.Parse(text);
    }
  }
  return run.Finish();
}

}  // namespace lede_cli
