// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// `lede parse`: articles in, JSON Lines out, through the public API only.
//
// The work flows in batches of inputs, numbered in input order. The main
// thread expands the arguments and fills batches (paths, or the bytes read
// from stdin); worker threads, each with its own reused ArticleParser and
// FileReader, parse a whole batch into the batch's own output string; the
// worker that completes the oldest unwritten batch writes it and every later
// one already done, so output follows input order whatever the thread count.
// At most a few batches per thread are in flight and finished batches are
// recycled with their buffers, so memory stays bounded and the steady state
// does not allocate.

#include "parse_command.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "absl/strings/ascii.h"
#include "input_files.h"
#include "lede/article.h"
#include "lede/encoding.h"
#include "lede/json.h"
#include "lede/table.h"
#include "output.h"
#include "progress.h"

namespace lede_cli {
namespace {

constexpr char kUsage[] = "usage: lede parse [options] [FILE|DIR|-]...";
constexpr char kHelp[] =
    "\n"
    "Parses each article and prints its metadata as one JSON object per line\n"
    "(JSON Lines), in the order of the inputs. A FILE is one article whatever\n"
    "its name. A DIR is searched recursively, each directory in byte order,\n"
    "for files named *.txt, *.md or *.markdown. \"-\", or no argument, reads\n"
    "one article from stdin (its source is \"-\").\n"
    "\n"
    "options:\n"
    "  --pretty         indent each object by two spaces, for people (the\n"
    "                   objects follow one another; this is not JSON Lines)\n"
    "                     lede parse --pretty article.txt\n"
    "  --no-text        leave out every \"text\" key (the paragraphs' texts;\n"
    "                   their offsets and lengths stay)\n"
    "                     lede parse --no-text corpus/ > index.jsonl\n"
    "  --output FORMAT  json (the default: one full object per line), or a\n"
    "                   flat record per article with the --fields: jsonl\n"
    "                   (flat JSON objects), csv (RFC 4180, a header row) or\n"
    "                   tsv (a header row; \\\\ \\t \\n \\r escaped)\n"
    "                     lede parse --output csv corpus/ > corpus.csv\n"
    "  --fields LIST    the flat record's fields, in order (default: source,\n"
    "                   "
    "date,precision,offset,title,byline,authors,lead,words,\n"
    "                   sentences,reading_minutes,warnings); also format,\n"
    "                   header_style,zone,language,date_text,updated,place,\n"
    "                   wire,tags,bytes,cjk_characters,paragraphs,sections\n"
    "                     lede parse --output tsv --fields source,date,title "
    ".\n"
    "  --prose          join the hard-wrapped lines of paragraphs and of the\n"
    "                   lead into one line of prose (offsets still point at\n"
    "                   the source bytes)\n"
    "                     lede parse --prose article.txt\n"
    "  --threads N      parse with N threads, one parser each (default, or 0:\n"
    "                   the machine's cores); the output order is the input\n"
    "                   order whatever N is\n"
    "                     lede parse --threads 2 corpus/ > corpus.jsonl\n"
    "  --day-first      read numeric dates as day/month/year (03/04/2024 is\n"
    "                   3 April; default: 4 March)\n"
    "                     lede parse --day-first uk-news/\n"
    "  --lang CODES     the languages of the dates, in order of preference\n"
    "                   (default: all, English first)\n"
    "                     lede parse --lang de,fr de-news/\n"
    "  --null-data      read stdin as articles separated by NUL bytes, as a\n"
    "                   streaming map stage hands them over; article N's\n"
    "                   source is \"-#N\" (from 1); a final NUL ends the last\n"
    "                     printf 'One.\\0Two.\\0' | lede parse --null-data\n"
    "  --format FORMAT  read the bodies as auto (the default: Markdown for a\n"
    "                   file named *.md or *.markdown, else decided from the\n"
    "                   text), plain or markdown\n"
    "                     lede parse --format markdown notes.txt\n"
    "  --glob PATTERN   in directories, take the files whose name matches\n"
    "                   PATTERN (* ? [a-z] [!a-z]) instead of *.txt, *.md and\n"
    "                   *.markdown; repeat it for several patterns\n"
    "                     lede parse --glob '*.text' --glob '*.html' site/\n"
    "  --files-from FILE  parse the paths listed in FILE (\"-\": stdin), one "
    "a\n"
    "                   line, as if each were an argument; read as it goes, "
    "so\n"
    "                   millions of paths take no more memory than one\n"
    "                     find crawl -name '*.txt' | lede parse --files-from "
    "-\n"
    "  -0, --null       with --files-from: the paths end in NUL bytes, not "
    "new\n"
    "                   lines\n"
    "                     find crawl -print0 | lede parse -0 --files-from -\n"
    "  --hidden         in directories, also take files and enter folders "
    "whose\n"
    "                   name starts with \".\" (skipped by default)\n"
    "  --follow-links   in directories, follow symbolic links to folders too "
    "(a\n"
    "                   link back up the walk is a loop, skipped); by default\n"
    "                   links to files are followed and links to folders not\n"
    "  --no-follow-links  in directories, follow no symbolic link\n"
    "  --verbose        at the end, say on stderr what the walks passed over\n"
    "                   (hidden entries, unmatched names, links, loops, "
    "devices)\n"
    "  --encoding NAME  auto (default): UTF-8 is taken as it is; UTF-16 and\n"
    "                   UTF-32 with a byte order mark and legacy text\n"
    "                   (Windows-1252, ISO-8859-x, ..., detected) are "
    "converted\n"
    "                   to UTF-8, with a line on stderr naming the encoding;\n"
    "                   utf-8: never convert; any other NAME iconv knows:\n"
    "                   convert from NAME. After a conversion every offset is\n"
    "                   into the UTF-8 text, not into the file\n"
    "                     lede parse --encoding windows-1252 old-site/\n"
    "  --max-input-bytes N  cut an input at N bytes (or refuse it, see\n"
    "                   --on-limit); N may end in K, M or G (powers of 1024)\n"
    "                     lede parse --max-input-bytes 16M crawl/\n"
    "  --max-header-bytes N  read no header or front matter longer than N "
    "bytes\n"
    "  --max-blocks N   stop at N blocks (paragraphs, lists, ...) per article\n"
    "  --max-sections N  stop at N sections per article\n"
    "  --max-warnings N  keep at most N warnings per article\n"
    "  --on-limit truncate|error  at a cap, keep what was parsed and warn\n"
    "                   (truncate, the default), or fail the input (error: a\n"
    "                   line on stderr names it, exit status 1)\n"
    "                     lede parse --max-input-bytes 1M --on-limit error "
    "in/\n"
    "  -h, --help       show this help (also: lede help parse)\n"
    "                     lede parse --help\n"
    "  --               end of options: what follows is a path\n"
    "                     lede parse -- -odd-name.txt\n"
    "\n"
    "Each object has the keys schema_version, source, format, header_style,\n"
    "header_offset, header_length, body_offset, date, updated, title,\n"
    "title_heading, byline, dateline, tags, lead, headers, header_values,\n"
    "sections, stats and warnings, as the JSON Schema\n"
    "share/lede/lede.schema.json describes them. A binary or empty file\n"
    "still gives an object, with warnings.\n"
    "\n"
    "A file name that is not UTF-8 keeps its bytes in \"source\": each byte\n"
    "that is not part of valid UTF-8 is written as the escape \\udcNN, NN its\n"
    "hex value (Python's surrogateescape: os.fsencode(source) gives the name\n"
    "back, byte for byte).\n"
    "\n"
    "When stderr is a terminal and the work takes more than a moment, a\n"
    "progress bar there shows articles done/total, MB/s and the time left;\n"
    "it fills by bytes parsed, not by articles.\n"
    "\n"
    "exit status: 0 when every input was read; 1 when one could not be (a\n"
    "line on stderr names it and says why, and the others are still\n"
    "parsed: a file that changed while it was read, memory that ran out,\n"
    "a cap with --on-limit error), or when the output could not be\n"
    "written (the run stops at once; a closed pipe ends it quietly); 2 on\n"
    "a usage error.\n";

// Batches close at this many articles or bytes, whichever comes first: big
// enough to make the hand-over cheap, small enough to share the work fairly.
constexpr std::size_t kArticlesPerBatch = 16;
constexpr std::size_t kBytesPerBatch = std::size_t{1} << 20;
constexpr std::size_t kRecordsPerBatch = 64;
constexpr std::size_t kStdinChunk = std::size_t{1} << 20;
// An article whose input is this large has its JSON written out as it is
// produced, in pieces of about kStreamPiece bytes, instead of held whole.
// The environment variable LEDE_STREAM_BYTES changes both (the tests make
// them small).
constexpr std::size_t kStreamInput = std::size_t{4} << 20;
constexpr std::size_t kStreamPiece = std::size_t{1} << 20;

std::size_t StreamBytes(std::size_t default_bytes) {
  const char* bytes = std::getenv("LEDE_STREAM_BYTES");
  if (bytes == nullptr) return default_bytes;
  return static_cast<std::size_t>(std::strtoull(bytes, nullptr, 10));
}
constexpr int kMaxThreads = 1024;
// No input is read into memory past this size, whatever --max-input-bytes.
constexpr std::size_t kMaxBuffer = std::size_t{1} << 40;

struct CommandOptions {
  bool pretty = false;
  bool include_text = true;
  bool prose = false;
  bool table = false;  // --output jsonl, csv or tsv: flat records
  lede::TableOptions table_options;
  bool null_data = false;
  bool day_first = false;
  lede::LanguageList languages = lede::LanguageList::All();
  lede::DocumentFormat format = lede::DocumentFormat::kAuto;
  int threads = 0;
  std::vector<std::string> globs;
  std::vector<std::string> paths;
  // The caps of lede::ParseOptions, when given on the command line.
  std::optional<std::size_t> max_input_bytes;
  std::optional<std::size_t> max_header_bytes;
  std::optional<std::size_t> max_blocks;
  std::optional<std::size_t> max_sections;
  std::optional<std::size_t> max_warnings;
  lede::LimitAction on_limit = lede::LimitAction::kTruncate;
  // Inputs.
  std::string files_from;  // empty: none
  bool files_from_null = false;
  bool hidden = false;
  WalkOptions::Links links = WalkOptions::Links::kFiles;
  bool verbose = false;
  std::string encoding = "auto";
};

int UsageError(std::string_view message, std::string_view arg) {
  return lede_cli::UsageError("parse", message, arg, kUsage);
}

bool ParseThreads(std::string_view text, int* threads) {
  if (text.empty() || text.size() > 4) return false;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  if (value > kMaxThreads) return false;
  *threads = value;
  return true;
}

// Reads a count ("1000") or, with `sizes`, a byte size that may end in K, M
// or G (powers of 1024). Refuses what does not fit in 63 bits.
bool ParseAmount(std::string_view text, bool sizes, std::size_t* amount) {
  int shift = 0;
  if (sizes && !text.empty()) {
    switch (text.back()) {
      case 'k':
      case 'K':
        shift = 10;
        break;
      case 'm':
      case 'M':
        shift = 20;
        break;
      case 'g':
      case 'G':
        shift = 30;
        break;
      default:
        break;
    }
    if (shift != 0) text.remove_suffix(1);
  }
  if (text.empty() || text.size() > 18) return false;
  std::uint64_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (value > (std::uint64_t{1} << (62 - shift))) return false;
  *amount = static_cast<std::size_t>(value << shift);
  return true;
}

// The options with a value that this file reads: the caps and the inputs.
bool IsInputOrLimitOption(std::string_view name) {
  return name == "--max-input-bytes" || name == "--max-header-bytes" ||
         name == "--max-blocks" || name == "--max-sections" ||
         name == "--max-warnings" || name == "--on-limit" ||
         name == "--files-from" || name == "--encoding";
}

// Reads the value of an IsInputOrLimitOption() option. Returns -1, or 2
// after a usage error.
int ParseInputOrLimitOption(std::string_view name, std::string_view value,
                            CommandOptions* options) {
  struct Cap {
    std::string_view name;
    bool size;
    std::optional<std::size_t>* field;
  };
  const Cap caps[] = {
      {"--max-input-bytes", true, &options->max_input_bytes},
      {"--max-header-bytes", true, &options->max_header_bytes},
      {"--max-blocks", false, &options->max_blocks},
      {"--max-sections", false, &options->max_sections},
      {"--max-warnings", false, &options->max_warnings},
  };
  for (const Cap& cap : caps) {
    if (name != cap.name) continue;
    std::size_t amount = 0;
    if (!ParseAmount(value, cap.size, &amount)) {
      std::string message(name);
      message.append(cap.size ? " takes a number of bytes (with K, M or G), not"
                              : " takes a number, not");
      return UsageError(message, value.empty() ? "\"\"" : value);
    }
    *cap.field = amount;
    return -1;
  }
  if (name == "--on-limit") {
    if (value == "truncate") {
      options->on_limit = lede::LimitAction::kTruncate;
    } else if (value == "error") {
      options->on_limit = lede::LimitAction::kError;
    } else {
      return UsageError("--on-limit takes truncate or error, not",
                        value.empty() ? "\"\"" : value);
    }
    return -1;
  }
  if (name == "--encoding") {
    if (value.empty()) return UsageError("--encoding takes a name", "");
    options->encoding.assign(value.data(), value.size());
    return -1;
  }
  if (value.empty()) return UsageError("--files-from takes a file", "");
  options->files_from.assign(value.data(), value.size());
  return -1;
}

// Refuses the combinations of options and arguments that mean nothing.
// Returns -1, or 2 after a usage error.
int CheckCombinations(const CommandOptions& options) {
  int stdin_uses = options.files_from == "-" ? 1 : 0;
  for (const std::string& path : options.paths) {
    if (path == "-") ++stdin_uses;
  }
  // --null-data splits the articles of stdin: it means something only when
  // stdin is an input ("-", or no argument and no --files-from).
  const bool stdin_is_input =
      stdin_uses > (options.files_from == "-" ? 1 : 0) ||
      (options.paths.empty() && options.files_from.empty());
  if (options.null_data && !stdin_is_input) {
    return UsageError(
        "--null-data splits the articles of stdin, which is not an input "
        "here; add",
        "-");
  }
  if (stdin_uses > 1) {
    return UsageError("stdin can be read only once, but is named twice by",
                      options.files_from == "-" ? "--files-from -" : "-");
  }
  if (options.files_from_null && options.files_from.empty()) {
    return UsageError("-0 says how --files-from ends its paths; without it",
                      "-0");
  }
  return -1;
}

// Reads the command line into `*options`. Returns -1 to run, else the exit
// status (0 after --help, 2 after a usage error).
int ParseArguments(int argc, char** argv, CommandOptions* options) {
  bool options_ended = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (options_ended || arg == "-" || arg.empty() || arg[0] != '-') {
      options->paths.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      options_ended = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      std::string help = kUsage;
      help.append("\n").append(kHelp);
      return WriteStdout(help) ? 0 : ReportStdoutFailure("parse", 1);
    }
    if (arg == "--pretty") {
      options->pretty = true;
      continue;
    }
    if (arg == "--no-text") {
      options->include_text = false;
      continue;
    }
    if (arg == "--prose") {
      options->prose = true;
      continue;
    }
    if (arg == "--day-first") {
      options->day_first = true;
      continue;
    }
    if (arg == "--null-data") {
      options->null_data = true;
      continue;
    }
    if (arg == "-0" || arg == "--null") {
      options->files_from_null = true;
      continue;
    }
    if (arg == "--hidden") {
      options->hidden = true;
      continue;
    }
    if (arg == "--follow-links") {
      options->links = WalkOptions::Links::kAll;
      continue;
    }
    if (arg == "--no-follow-links") {
      options->links = WalkOptions::Links::kNone;
      continue;
    }
    if (arg == "--verbose") {
      options->verbose = true;
      continue;
    }
    // Options with a value: "--threads 4" or "--threads=4".
    std::string_view name = arg;
    std::string_view value;
    bool has_value = false;
    if (const std::size_t equals = arg.find('='); equals != arg.npos) {
      name = arg.substr(0, equals);
      value = arg.substr(equals + 1);
      has_value = true;
    }
    if (name != "--threads" && name != "--glob" && name != "--lang" &&
        name != "--format" && name != "--output" && name != "--fields" &&
        !IsInputOrLimitOption(name)) {
      return UsageError("unknown option", arg);
    }
    if (!has_value) {
      if (i + 1 >= argc) return UsageError("missing the value of", name);
      value = argv[++i];
    }
    if (IsInputOrLimitOption(name)) {
      const int status = ParseInputOrLimitOption(name, value, options);
      if (status >= 0) return status;
    } else if (name == "--threads") {
      if (!ParseThreads(value, &options->threads)) {
        return UsageError("--threads takes a number from 0 to 1024, not",
                          value);
      }
    } else if (name == "--format") {
      if (value == "auto") {
        options->format = lede::DocumentFormat::kAuto;
      } else if (value == "plain") {
        options->format = lede::DocumentFormat::kPlainText;
      } else if (value == "markdown") {
        options->format = lede::DocumentFormat::kMarkdown;
      } else {
        return UsageError("--format takes auto, plain or markdown, not", value);
      }
    } else if (name == "--lang") {
      std::string_view bad;
      const auto languages = lede::LanguageListFromCodes(value, &bad);
      if (!languages.has_value()) return UsageError("unknown language", bad);
      options->languages = *languages;
    } else if (name == "--output") {
      options->table = value != "json";
      if (value == "jsonl") {
        options->table_options.format = lede::TableFormat::kJsonLines;
      } else if (value == "csv") {
        options->table_options.format = lede::TableFormat::kCsv;
      } else if (value == "tsv") {
        options->table_options.format = lede::TableFormat::kTsv;
      } else if (value != "json") {
        return UsageError("--output takes json, jsonl, csv or tsv, not", value);
      }
    } else if (name == "--fields") {
      absl::StatusOr<std::vector<lede::TableField>> fields =
          lede::ParseTableFields(value);
      if (!fields.ok()) {
        const absl::string_view message = fields.status().message();
        return UsageError("--fields: " + std::string(message), "");
      }
      options->table_options.fields = *std::move(fields);
    } else {
      if (value.empty()) return UsageError("--glob takes a pattern", "");
      options->globs.emplace_back(value);
    }
  }
  if (!options->table_options.fields.empty() && !options->table) {
    return UsageError("--fields needs --output jsonl, csv or tsv", "");
  }
  options->table_options.prose = options->prose;
  return CheckCombinations(*options);
}

// ---- The spelling of file names that are not UTF-8 in `source` -------------
//
// The JSON writer replaces bytes that are not UTF-8 with U+FFFD, which loses
// the name. Such a name is handed to it with each of those bytes B as the
// private-use character U+10FF00 + B (valid UTF-8, which it copies as it is),
// and that character is then rewritten in the output as the escape \udcNN:
// Python's surrogateescape, which os.fsencode() reverses. A name that holds
// U+10FF80..U+10FFFF itself has those bytes escaped too, so the rewrite is
// never ambiguous.

bool IsEscapeMarker(const unsigned char* p) {
  return p[0] == 0xf4 && p[1] == 0x8f && (p[2] == 0xbe || p[2] == 0xbf);
}

// Appends the valid UTF-8 `text`, its markers written as escaped bytes.
void AppendValid(std::string_view text, std::string* marked) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    if (end - p >= 4 && IsEscapeMarker(p)) {
      for (int i = 0; i < 4; ++i) {
        const unsigned char b = *p++;
        marked->push_back(static_cast<char>(0xf4));
        marked->push_back(static_cast<char>(0x8f));
        marked->push_back(static_cast<char>(0xbc | (b >> 6)));
        marked->push_back(static_cast<char>(0x80 | (b & 0x3f)));
      }
      continue;
    }
    marked->push_back(static_cast<char>(*p++));
  }
}

// When `path` is not valid UTF-8 (or holds a marker), writes its marked form
// to `*marked` and returns true.
bool MarkNonUtf8(std::string_view path, std::string* marked) {
  if (lede::ValidUtf8Prefix(path) == path.size() &&
      path.find("\xf4\x8f") == path.npos) {
    return false;
  }
  marked->clear();
  while (!path.empty()) {
    const std::size_t valid = lede::ValidUtf8Prefix(path);
    AppendValid(path.substr(0, valid), marked);
    if (valid == path.size()) break;
    const auto b = static_cast<unsigned char>(path[valid]);
    marked->push_back(static_cast<char>(0xf4));
    marked->push_back(static_cast<char>(0x8f));
    marked->push_back(static_cast<char>(0xbc | (b >> 6)));
    marked->push_back(static_cast<char>(0x80 | (b & 0x3f)));
    path.remove_prefix(valid + 1);
  }
  return true;
}

// Rewrites the markers in the first "source" value of the JSON in
// `(*json)[from, end)` as \udcNN escapes.
void UnmarkSource(std::string* json, std::size_t from) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t key = json->find("\"source\":", from);
  if (key == std::string::npos) return;
  std::size_t at = json->find('"', key + 9);
  if (at == std::string::npos) return;
  std::string rewritten;
  std::size_t end = at + 1;
  std::size_t copied = at + 1;
  for (; end < json->size() && (*json)[end] != '"'; ++end) {
    if ((*json)[end] == '\\') {
      ++end;  // an escape: the next byte is not the closing quote
      continue;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(json->data() + end);
    if (end + 4 <= json->size() && IsEscapeMarker(p)) {
      const unsigned b = ((p[2] & 3u) << 6) | (p[3] & 0x3fu);
      rewritten.append(*json, copied, end - copied);
      rewritten.append("\\udc");
      rewritten.push_back(kHex[b >> 4]);
      rewritten.push_back(kHex[b & 15]);
      end += 3;
      copied = end + 1;
    }
  }
  if (rewritten.empty()) return;
  rewritten.append(*json, copied, end - copied);
  json->replace(at + 1, end - (at + 1), rewritten);
}

// ---- Encodings --------------------------------------------------------------

bool IsUtf8Name(std::string_view name) {
  std::string lower(name);
  absl::AsciiStrToLower(&lower);
  return lower == "utf-8" || lower == "utf8";
}

// Whether --encoding's value can be used.
bool CheckEncoding(const std::string& name) {
  return name == "auto" || IsUtf8Name(name) || lede::IsKnownEncoding(name);
}

// Makes `text` UTF-8 as --encoding `name` says: returns true and leaves
// `*note` empty when it is used as it is; returns true with the UTF-8 in
// `*converted` and, for a detected encoding, a note for stderr in `*note`;
// returns false with `*error` set when an explicit encoding does not fit.
bool ToUtf8(const std::string& name, std::string_view text,
            std::string* converted, std::string* note, std::string* error) {
  note->clear();
  if (IsUtf8Name(name)) return true;
  std::string encoding = name;
  if (name == "auto") {
    absl::StatusOr<std::string> detected = lede::DetectEncoding(text);
    // Nothing fits (binary): parse the bytes as they are, with warnings.
    if (!detected.ok() || *detected == "UTF-8") return true;
    encoding = *std::move(detected);
  }
  const absl::Status status = lede::ConvertToUtf8(text, encoding, converted);
  if (!status.ok()) {
    if (name == "auto") return true;  // a wrong guess: as it is
    const absl::string_view message = status.message();
    error->assign(message.data(), message.size());
    return false;
  }
  if (name == "auto") {
    *note = "read as " + encoding +
            " (detected) and converted to UTF-8; offsets are into the UTF-8 "
            "text";
  } else {
    *note = " ";  // converted; no line for an encoding the user gave
  }
  return true;
}

// Whether `text` starts like a UTF-16 or UTF-32 byte order mark.
bool MayBeUtf16Or32(std::string_view text) {
  return !text.empty() &&
         (text[0] == '\xff' || text[0] == '\xfe' || text[0] == '\0');
}

bool HasWarning(const lede::ArticleView& article, lede::WarningCode code) {
  for (const lede::Warning& warning : article.warnings) {
    if (warning.code == code) return true;
  }
  return false;
}

// Whether the parse stopped at one of the caps the parser keeps going past
// (it returns an error only for max_input_bytes); `*error` then says which.
bool HitCap(const lede::ArticleView& article, std::string* error) {
  for (const lede::Warning& warning : article.warnings) {
    switch (warning.code) {
      case lede::WarningCode::kHeaderTooLarge:
      case lede::WarningCode::kTooManyBlocks:
      case lede::WarningCode::kTooManySections:
      case lede::WarningCode::kTooManyWarnings:
        *error = "over a cap (--on-limit error): ";
        error->append(lede::WarningCodeName(warning.code));
        error->append(" at byte ").append(std::to_string(warning.offset));
        return true;
      default:
        break;
    }
  }
  return false;
}

// One article to parse, or one input that could not be read.
struct Item {
  enum class Kind { kFile, kMemory, kError };
  Kind kind = Kind::kFile;
  std::string source;     // the JSON `source`; the path of a kFile
  std::string error;      // why a kError could not be read
  std::size_t begin = 0;  // a kMemory article is Batch::data[begin, end)
  std::size_t end = 0;
  bool over_limit = false;  // a kMemory article cut at max_input_bytes + 1
};

struct Batch {
  // Items [0, count) are this batch's; the rest are kept for their buffers.
  std::vector<Item> items;
  std::size_t count = 0;
  ByteBuffer data;       // the bytes of kMemory articles
  std::string output;    // the JSON, in item order
  std::string messages;  // the stderr lines, in item order
  bool failed = false;
  bool done = false;

  Item& Add(Item::Kind kind) {
    if (count == items.size()) items.emplace_back();
    Item& item = items[count++];
    item.kind = kind;
    item.error.clear();
    item.over_limit = false;
    return item;
  }

  void Clear() {
    count = 0;
    data.clear();
    output.clear();
    messages.clear();
    failed = false;
    done = false;
    // What one huge article left behind is not kept for the next batches.
    if (output.capacity() > (std::size_t{16} << 20)) std::string().swap(output);
    if (data.capacity() > (std::size_t{64} << 20)) data.Release();
  }
};

// Whether `path` names a Markdown file: it ends in ".md" or ".markdown".
bool IsMarkdownName(std::string_view path) {
  const auto ends_with = [path](std::string_view suffix) {
    return path.size() > suffix.size() &&
           path.substr(path.size() - suffix.size()) == suffix;
  };
  return ends_with(".md") || ends_with(".markdown");
}

// What one worker thread keeps from one input to the next.
struct Worker {
  std::optional<lede::ArticleParser> parser;
  // With --format auto, files named *.md or *.markdown are read as Markdown.
  std::optional<lede::ArticleParser> markdown_parser;
  lede::JsonWriter* json = nullptr;  // the thread's writers, reused
  lede::TableWriter* table = nullptr;
  FileReader reader;
  std::string converted;  // the UTF-8 of an input in another encoding
  std::string piece;      // the JSON of a streamed article, piece by piece
  std::string marked;     // a source that is not UTF-8, marked
  bool source_unmarked = false;

  // Frees everything, after memory ran out.
  void Release() {
    parser.reset();
    markdown_parser.reset();
    reader.Release();
    std::string().swap(converted);
    std::string().swap(piece);
  }
};

class Pipeline {
 public:
  Pipeline(const CommandOptions& options, Progress* progress)
      : options_(options), progress_(progress) {
    const int threads = std::max(options.threads, 1);
    max_batches_ = static_cast<std::size_t>(threads) * 3 + 2;
    workers_.reserve(static_cast<std::size_t>(threads));
    for (int i = 0; i < threads; ++i) {
      workers_.emplace_back([this, i] { Work(static_cast<std::size_t>(i)); });
    }
  }

  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Returns an empty batch to fill, waiting while too many are in flight.
  Batch* NewBatch() {
    std::unique_lock<std::mutex> lock(mutex_);
    space_.wait(lock, [this] { return outstanding_ < max_batches_; });
    ++outstanding_;
    if (free_.empty()) {
      batches_.push_back(std::make_unique<Batch>());
      return batches_.back().get();
    }
    Batch* batch = free_.back();
    free_.pop_back();
    return batch;
  }

  // Queues `batch` for parsing; it is written after every batch queued
  // before it. An empty batch is just recycled.
  void Submit(Batch* batch) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (batch->count == 0) {
      RecycleLocked(batch);
      return;
    }
    queue_.push_back(batch);
    in_flight_.push_back(batch);
    work_.notify_one();
  }

  // Waits until every queued batch is written and stops the workers.
  void Finish() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      closed_ = true;
    }
    work_.notify_all();
    for (std::thread& worker : workers_) worker.join();
    workers_.clear();
  }

  // Whether any input could not be read or stdout could not be written.
  bool failed() const { return failed_; }
  // Whether the output could not be written: the run is over.
  bool stopped() const { return stop_.load(std::memory_order_relaxed); }

 private:
  void Work(std::size_t slot) {
    lede::ParseOptions parse_options;
    parse_options.date.day_first = options_.day_first;
    parse_options.date.languages = options_.languages;
    parse_options.format = options_.format;
    if (options_.max_input_bytes) {
      parse_options.max_input_bytes = *options_.max_input_bytes;
    }
    if (options_.max_header_bytes) {
      parse_options.max_header_bytes = *options_.max_header_bytes;
    }
    if (options_.max_blocks) parse_options.max_blocks = *options_.max_blocks;
    if (options_.max_sections) {
      parse_options.max_sections = *options_.max_sections;
    }
    if (options_.max_warnings) {
      parse_options.max_warnings = *options_.max_warnings;
    }
    parse_options.on_limit = options_.on_limit;
    lede::JsonOptions json_options;
    json_options.pretty = options_.pretty;
    json_options.include_text = options_.include_text;
    json_options.prose = options_.prose;
    lede::JsonWriter json(json_options);
    lede::TableWriter table(options_.table_options);
    Worker worker;
    worker.json = &json;
    worker.table = &table;
    for (;;) {
      Batch* batch = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_.wait(lock, [this] { return closed_ || !queue_.empty(); });
        if (queue_.empty()) return;
        batch = queue_.front();
        queue_.pop_front();
      }
      Process(batch, parse_options, slot, worker);
      Complete(batch);
    }
  }

  void Process(Batch* batch, const lede::ParseOptions& parse_options,
               std::size_t slot, Worker& worker) {
    std::string error;
    for (std::size_t i = 0; i < batch->count && !stopped(); ++i) {
      const Item& item = batch->items[i];
      const std::size_t output_mark = batch->output.size();
      std::uint64_t bytes = 0;
      bool ok = false;
      try {
        if (!worker.parser) worker.parser.emplace(parse_options);
        if (!worker.markdown_parser &&
            options_.format == lede::DocumentFormat::kAuto) {
          lede::ParseOptions markdown_options = parse_options;
          markdown_options.format = lede::DocumentFormat::kMarkdown;
          worker.markdown_parser.emplace(markdown_options);
        }
        ok = ProcessItem(batch, item, slot, worker, &bytes, &error);
      } catch (const std::bad_alloc&) {
        // The parser's and the reader's buffers may be what ran out: free
        // them all, and make a new parser for the next input.
        worker.Release();
        batch->output.resize(output_mark);
        error = "out of memory";
        if (bytes > 0) {
          error.append(" for its ").append(std::to_string(bytes));
          error.append(" bytes");
        }
      }
      if (!ok) {
        batch->failed = true;
        batch->messages.append("lede parse: ");
        AppendForMessage(item.source, &batch->messages);
        batch->messages.append(": ");
        AppendForMessage(error, &batch->messages);
        batch->messages.push_back('\n');
      }
      progress_->Add(slot, 1, bytes);
    }
  }

  // Reads, parses and writes one item. Returns false with `*error` set when
  // it cannot; `*bytes` is the size of its input, once known.
  bool ProcessItem(Batch* batch, const Item& item, std::size_t slot,
                   Worker& worker, std::uint64_t* bytes, std::string* error) {
    std::string_view text;
    bool over_limit = false;
    if (item.kind == Item::Kind::kError) {
      *error = item.error;
      return false;
    }
    if (item.kind == Item::Kind::kFile) {
      if (!worker.reader.Read(item.source,
                              worker.parser->options().max_input_bytes, &text,
                              &over_limit, error)) {
        return false;
      }
    } else {
      text = batch->data.view().substr(item.begin, item.end - item.begin);
      over_limit = item.over_limit;
    }
    *bytes = text.size();
    progress_->Start(slot, text.size());
    const lede::ParseOptions& parse_options = worker.parser->options();
    if (over_limit && parse_options.on_limit == lede::LimitAction::kError) {
      *error = "over --max-input-bytes (" +
               std::to_string(parse_options.max_input_bytes) + " bytes)";
      return false;
    }
    // --encoding auto costs UTF-8 nothing: the text is parsed as it is, and
    // looked at again only when the parser found bytes that are not UTF-8
    // in it (or it starts like a UTF-16/32 byte order mark).
    const bool automatic = options_.encoding == "auto";
    const bool first_look = !automatic || MayBeUtf16Or32(text);
    std::string note;
    if (first_look && !Convert(item, &text, batch, worker, &note, error)) {
      return false;
    }
    lede::ArticleParser& parser =
        options_.format == lede::DocumentFormat::kAuto &&
                item.kind == Item::Kind::kFile && IsMarkdownName(item.source)
            ? *worker.markdown_parser
            : *worker.parser;
    absl::StatusOr<lede::ArticleView> article = parser.Parse(text);
    if (automatic && !first_look && article.ok() &&
        HasWarning(*article, lede::WarningCode::kInvalidUtf8)) {
      if (!Convert(item, &text, batch, worker, &note, error)) return false;
      if (!note.empty()) article = parser.Parse(text);
    }
    if (!article.ok()) {
      const absl::string_view message = article.status().message();
      error->assign(message.data(), message.size());
      return false;
    }
    if (parse_options.on_limit == lede::LimitAction::kError &&
        HitCap(*article, error)) {
      return false;
    }
    const bool marked = MarkNonUtf8(item.source, &worker.marked);
    const std::string_view source = marked ? std::string_view(worker.marked)
                                           : std::string_view(item.source);
    const std::size_t begin = batch->output.size();
    if (options_.table) {
      worker.table->Write(*article, source, &batch->output);
      if (marked) UnmarkSource(&batch->output, begin);
      return true;
    }
    if (text.size() >= stream_input_) {
      StreamArticle(batch, *article, source, marked, worker);
      return true;
    }
    worker.json->Write(*article, source, &batch->output);
    if (marked) UnmarkSource(&batch->output, begin);
    batch->output.push_back('\n');
    return true;
  }

  // Makes `*text` UTF-8 as --encoding says (ToUtf8()), pointing it at the
  // worker's converted copy when there is one, with a line about it.
  bool Convert(const Item& item, std::string_view* text, Batch* batch,
               Worker& worker, std::string* note, std::string* error) {
    if (!ToUtf8(options_.encoding, *text, &worker.converted, note, error)) {
      return false;
    }
    if (note->empty()) return true;
    *text = worker.converted;
    if (*note != " ") {
      batch->messages.append("lede parse: ");
      AppendForMessage(item.source, &batch->messages);
      batch->messages.append(": ").append(*note).push_back('\n');
    }
    return true;
  }

  // Writes the JSON of `article` to stdout as it is produced: waits for the
  // turn of `batch` (every earlier batch written, no one writing), writes
  // what the batch holds so far, then the article piece by piece.
  void StreamArticle(Batch* batch, const lede::ArticleView& article,
                     std::string_view source, bool marked, Worker& worker) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      turn_.wait(lock, [&] {
        return stopped() || (!writing_ && in_flight_.front() == batch);
      });
      if (stopped()) return;
      writing_ = true;
    }
    struct TurnReleaser {
      Pipeline* pipeline;
      ~TurnReleaser() {
        std::lock_guard<std::mutex> lock(pipeline->mutex_);
        pipeline->writing_ = false;
        pipeline->turn_.notify_all();
      }
    } releaser{this};
    Write(*batch);
    batch->output.clear();
    batch->messages.clear();
    worker.piece.clear();
    worker.source_unmarked = !marked;
    // The writer hands its output over in pieces of about stream_piece_
    // bytes; the first piece holds the whole source.
    worker.json->SetChunkSink(stream_piece_,
                              [this, &worker](std::string_view chunk) {
                                WritePiece(chunk, &worker);
                              });
    struct SinkReleaser {
      lede::JsonWriter* json;
      ~SinkReleaser() { json->SetChunkSink(0, nullptr); }
    } sink_releaser{worker.json};
    try {
      worker.json->Write(article, source, &worker.piece);
    } catch (const std::bad_alloc&) {
      // Part of the object is out: the output cannot be made whole again.
      stop_.store(true, std::memory_order_relaxed);
      throw;
    }
    worker.piece.push_back('\n');
    worker.json->Flush(&worker.piece);
  }

  void WritePiece(std::string_view piece, Worker* worker) {
    if (!worker->source_unmarked) {
      std::string first(piece);
      UnmarkSource(&first, 0);  // the first piece holds the whole source
      worker->source_unmarked = true;
      WriteOutput(first);
      return;
    }
    WriteOutput(piece);
  }

  // Marks `batch` done; if no one is writing, writes every done batch at the
  // head of the queue, in order.
  void Complete(Batch* batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    batch->done = true;
    if (writing_) return;  // the writer will get to it
    writing_ = true;
    while (!in_flight_.empty() && in_flight_.front()->done) {
      Batch* next = in_flight_.front();
      in_flight_.pop_front();
      lock.unlock();
      Write(*next);
      lock.lock();
      RecycleLocked(next);
    }
    writing_ = false;
    turn_.notify_all();
  }

  // Only the one writer calls this, so stdout sees whole batches in order.
  void Write(const Batch& batch) {
    if (batch.failed) failed_ = true;
    if (stopped()) return;
    if (!batch.messages.empty()) progress_->Message(batch.messages);
    if (!batch.output.empty()) WriteOutput(batch.output);
  }

  void WriteOutput(std::string_view text) {
    // On a terminal, keep the bar and the output apart.
    const bool written =
        stdout_is_terminal_ ? progress_->Output(text) : WriteStdout(text);
    if (!written) {
      failed_ = true;
      stop_.store(true, std::memory_order_relaxed);
      std::lock_guard<std::mutex> lock(mutex_);
      turn_.notify_all();
    }
  }

  void RecycleLocked(Batch* batch) {
    batch->Clear();
    free_.push_back(batch);
    --outstanding_;
    space_.notify_one();
  }

  const CommandOptions& options_;
  Progress* const progress_;
  const bool stdout_is_terminal_ = isatty(STDOUT_FILENO) != 0;
  const std::size_t stream_input_ = StreamBytes(kStreamInput);
  const std::size_t stream_piece_ = StreamBytes(kStreamPiece);
  std::size_t max_batches_ = 0;

  std::mutex mutex_;
  std::condition_variable work_;   // a batch was queued, or closed_
  std::condition_variable space_;  // a batch was recycled
  std::condition_variable turn_;   // writing_ went false, or stop_
  std::deque<Batch*> queue_;       // queued, not yet taken by a worker
  std::deque<Batch*> in_flight_;   // queued, not yet written, in order
  std::vector<std::unique_ptr<Batch>> batches_;
  std::vector<Batch*> free_;
  std::size_t outstanding_ = 0;  // handed out by NewBatch(), not recycled
  bool closed_ = false;
  bool writing_ = false;
  bool failed_ = false;  // written by the writer; read after Finish()
  std::atomic<bool> stop_{false};
  std::vector<std::thread> workers_;
};

// Reads stdin as NUL-separated articles "-#1", "-#2", ... into batches,
// reading it in chunks straight into the batch's buffer, so that a stream of
// any length goes through in bounded memory. An article longer than `limit`
// keeps its first limit + 1 bytes (the parser cuts it, or --on-limit error
// refuses it); the rest, up to its NUL, is read and dropped.
void ReadNulSeparatedStdin(Pipeline* pipeline, std::size_t limit,
                           std::size_t* records) {
  Batch* batch = pipeline->NewBatch();
  std::size_t record_begin = 0;  // in batch->data
  std::size_t scanned = 0;       // batch->data[0, scanned) has been searched
  bool dropping = false;         // past the limit of the current article
  auto add_record = [&](std::size_t end) {
    Item& item = batch->Add(Item::Kind::kMemory);
    item.source = "-#";
    item.source.append(std::to_string(++*records));
    item.begin = record_begin;
    item.end = end;
    item.over_limit = dropping;
    dropping = false;
  };
  const std::size_t keep = std::min(limit, kMaxBuffer) + 1;
  for (;;) {
    if (pipeline->stopped()) break;
    ByteBuffer& data = batch->data;
    const ReadResult result = ReadOnce(STDIN_FILENO, kStdinChunk, &data);
    const std::size_t got = result.bytes;
    if (result.error_number != 0) {
      Item& item = batch->Add(Item::Kind::kError);
      item.source = "-";
      item.error = ErrorText(result.error_number);
      break;
    }
    if (got == 0) {
      // The end: bytes after the last NUL are the last article; a final NUL
      // only ends the one before it.
      if (record_begin < data.size() || dropping) add_record(data.size());
      break;
    }
    while (scanned < data.size()) {
      const void* nul =
          std::memchr(data.data() + scanned, '\0', data.size() - scanned);
      if (nul == nullptr) {
        scanned = data.size();
        break;
      }
      const auto at =
          static_cast<std::size_t>(static_cast<const char*>(nul) - data.data());
      if (dropping) {
        // Drop the article's bytes past its limit, up to its NUL.
        const std::size_t kept = record_begin + keep;
        std::memmove(const_cast<char*>(data.data()) + kept, data.data() + at,
                     data.size() - at);
        data.Truncate(kept + (data.size() - at));
        add_record(kept);
        record_begin = kept + 1;
        scanned = kept + 1;
        continue;
      }
      add_record(at);
      record_begin = at + 1;
      scanned = at + 1;
    }
    if (data.size() - record_begin > keep) {
      data.Truncate(record_begin + keep);
      scanned = data.size();
      dropping = true;
    }
    // Hand the batch over when it is full, or when stdin had no more to
    // give for now (a stream fed slowly gets each article parsed and
    // written as it comes); the unfinished article moves to the next batch.
    const bool drained = got < kStdinChunk;
    if (batch->count >= kRecordsPerBatch || record_begin >= kBytesPerBatch ||
        (drained && batch->count > 0)) {
      Batch* next = pipeline->NewBatch();
      next->data.Append(data.view().substr(record_begin));
      pipeline->Submit(batch);
      batch = next;
      scanned = batch->data.size();
      record_begin = 0;
    }
  }
  pipeline->Submit(batch);
}

// Turns the inputs, as they come, into batches for the pipeline.
class Feeder {
 public:
  Feeder(const CommandOptions& options, Pipeline* pipeline)
      : options_(options), pipeline_(pipeline) {
    limit_ =
        options.max_input_bytes.value_or(lede::ParseOptions().max_input_bytes);
  }

  void Add(const Input& input) {
    if (pipeline_->stopped()) return;
    if (input.kind == Input::Kind::kStdin && options_.null_data) {
      Submit();
      ReadNulSeparatedStdin(pipeline_, limit_, &records_);
      return;
    }
    if (batch_ == nullptr) batch_ = pipeline_->NewBatch();
    if (input.kind == Input::Kind::kStdin) {
      Item& item = batch_->Add(Item::Kind::kMemory);
      item.source = "-";
      item.begin = batch_->data.size();
      try {
        // A redirected file says its size: one read, one allocation.
        struct stat st;
        const std::size_t hint =
            fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode)
                ? static_cast<std::size_t>(st.st_size)
                : 0;
        const ReadResult result =
            ReadStream(STDIN_FILENO, std::min(hint, limit_),
                       std::min(limit_, kMaxBuffer), &batch_->data);
        item.over_limit = result.over_limit;
        if (result.error_number != 0) {
          item.kind = Item::Kind::kError;
          item.error = ErrorText(result.error_number);
        }
      } catch (const std::bad_alloc&) {
        batch_->data.Truncate(item.begin);
        item.kind = Item::Kind::kError;
        item.error = "out of memory after " +
                     std::to_string(batch_->data.size() - item.begin) +
                     " bytes";
      }
      item.end = batch_->data.size();
      batch_bytes_ += item.end - item.begin;
    } else {
      Item& item =
          batch_->Add(input.kind == Input::Kind::kError ? Item::Kind::kError
                                                        : Item::Kind::kFile);
      item.source = input.path;
      item.error = input.error;
      batch_bytes_ += input.size;
    }
    if (batch_->count >= kArticlesPerBatch || batch_bytes_ >= kBytesPerBatch) {
      Submit();
    }
  }

  void Submit() {
    if (batch_ != nullptr) pipeline_->Submit(batch_);
    batch_ = nullptr;
    batch_bytes_ = 0;
  }

 private:
  const CommandOptions& options_;
  Pipeline* const pipeline_;
  std::size_t limit_ = 0;
  Batch* batch_ = nullptr;
  std::size_t batch_bytes_ = 0;
  std::size_t records_ = 0;
};

// Reads the paths of --files-from as they come and feeds each to `*feeder`
// as if it were an argument. Returns false when the list cannot be read.
bool FeedFilesFrom(const CommandOptions& options, const WalkOptions& walk,
                   WalkCounts* counts, Feeder* feeder, Pipeline* pipeline) {
  auto report = [&](int error_number) {
    std::string line = "lede parse: --files-from ";
    AppendForMessage(options.files_from, &line);
    line.append(": ").append(ErrorText(error_number)).push_back('\n');
    WriteStderr(line);
    return false;
  };
  int fd = STDIN_FILENO;
  if (options.files_from != "-") {
    fd = open(options.files_from.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return report(errno);
  }
  const char end_of_path = options.files_from_null ? '\0' : '\n';
  std::vector<Input> inputs;
  auto feed = [&](std::string_view path) {
    if (path.empty()) return;
    inputs.clear();
    // In a list, "-" is a file of that name, not stdin.
    ExpandArgument(path == "-" ? std::string_view("./-") : path, walk, counts,
                   &inputs);
    if (path == "-" && inputs.size() == 1) inputs[0].path = "-";
    for (const Input& input : inputs) feeder->Add(input);
  };
  ByteBuffer buffer;  // the unfinished path, then what was read after it
  bool ok = true;
  while (!pipeline->stopped()) {
    const ReadResult result = ReadOnce(fd, kStdinChunk, &buffer);
    if (result.error_number != 0) {
      ok = report(result.error_number);
      break;
    }
    const std::string_view data = buffer.view();
    std::size_t at = 0;
    for (std::size_t stop; (stop = data.find(end_of_path, at)) != data.npos;
         at = stop + 1) {
      feed(data.substr(at, stop - at));
    }
    if (result.bytes == 0) {
      feed(data.substr(at));  // the last path, without its terminator
      break;
    }
    const std::size_t rest = data.size() - at;
    std::memmove(const_cast<char*>(buffer.data()), data.data() + at, rest);
    buffer.Truncate(rest);
  }
  if (fd != STDIN_FILENO) close(fd);
  return ok;
}

void ReportWalkCounts(const WalkCounts& counts) {
  std::string line = "lede parse: the walks passed over ";
  line.append(std::to_string(counts.hidden))
      .append(" hidden entries (--hidden), ");
  line.append(std::to_string(counts.unmatched))
      .append(" files not matching --glob, ");
  line.append(std::to_string(counts.links))
      .append(" symbolic links not followed, ");
  line.append(std::to_string(counts.loops)).append(" link loops, ");
  line.append(std::to_string(counts.special))
      .append(" devices, FIFOs, sockets and dangling links\n");
  WriteStderr(line);
}

}  // namespace

int RunParseCommand(int argc, char** argv) {
  CommandOptions options;
  const int status = ParseArguments(argc, argv, &options);
  if (status >= 0) return status;
  if (options.threads == 0) {
    options.threads = static_cast<int>(std::thread::hardware_concurrency());
    if (options.threads < 1) options.threads = 1;
  }
  if (options.globs.empty()) options.globs = {"*.txt", "*.md", "*.markdown"};
  if (options.paths.empty() && options.files_from.empty()) {
    options.paths.emplace_back("-");
  }
  if (!CheckEncoding(options.encoding)) {
    return UsageError("--encoding: no such encoding", options.encoding);
  }

  WalkOptions walk;
  walk.patterns = options.globs;
  walk.hidden = options.hidden;
  walk.links = options.links;
  WalkCounts counts;
  std::vector<Input> inputs;
  for (const std::string& path : options.paths) {
    ExpandArgument(path, walk, &counts, &inputs);
  }
  // The progress bar's totals; an article stream on stdin, or a list of
  // paths read as it goes, has none.
  std::uint64_t total_bytes = 0;
  bool sizes_known = options.files_from.empty();
  bool stdin_stream = options.null_data || !options.files_from.empty();
  for (const Input& input : inputs) {
    total_bytes += input.size;
    if (input.kind == Input::Kind::kStdin) sizes_known = false;
  }

  if (options.table) {
    std::string header;
    lede::TableWriter(options.table_options).WriteHeader(&header);
    if (!WriteStdout(header)) return ReportStdoutFailure("parse", 1);
  }

  Progress progress(stdin_stream ? 0 : inputs.size(),
                    sizes_known ? total_bytes : 0,
                    static_cast<std::size_t>(options.threads));
  Pipeline pipeline(options, &progress);
  Feeder feeder(options, &pipeline);
  for (const Input& input : inputs) feeder.Add(input);
  std::vector<Input>().swap(inputs);
  bool list_failed = false;
  if (!options.files_from.empty()) {
    list_failed = !FeedFilesFrom(options, walk, &counts, &feeder, &pipeline);
  }
  feeder.Submit();
  pipeline.Finish();
  progress.Finish();
  if (options.verbose) ReportWalkCounts(counts);
  return ReportStdoutFailure("parse", pipeline.failed() || list_failed ? 1 : 0);
}

}  // namespace lede_cli
