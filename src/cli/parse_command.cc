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

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "input_files.h"
#include "lede/article.h"
#include "lede/json.h"
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
    "  --threads N      parse with N threads, one parser each (default, or 0:\n"
    "                   the machine's cores); the output order is the input\n"
    "                   order whatever N is\n"
    "                     lede parse --threads 2 corpus/ > corpus.jsonl\n"
    "  --day-first      read numeric dates as day/month/year (03/04/2024 is\n"
    "                   3 April; default: 4 March)\n"
    "                     lede parse --day-first uk-news/\n"
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
    "  -h, --help       show this help\n"
    "                     lede parse --help\n"
    "  --               end of options: what follows is a path\n"
    "                     lede parse -- -odd-name.txt\n"
    "\n"
    "Each object has the keys source, date, date_precision, date_text,\n"
    "updated, headers, title, byline, authors, dateline, tags, lead,\n"
    "sections, stats and warnings (see lede/json.h). A binary or empty file\n"
    "still gives an object, with warnings.\n"
    "\n"
    "When stderr is a terminal and the work takes more than a moment, a\n"
    "progress bar there shows articles done/total, MB/s and the time left.\n"
    "\n"
    "exit status: 0 when every input was read; 1 when one could not be (a\n"
    "line on stderr names it and says why, and the others are still\n"
    "parsed); 2 on a usage error.\n";

// Batches close at this many articles or bytes, whichever comes first: big
// enough to make the hand-over cheap, small enough to share the work fairly.
constexpr std::size_t kArticlesPerBatch = 16;
constexpr std::size_t kBytesPerBatch = std::size_t{1} << 20;
constexpr std::size_t kRecordsPerBatch = 64;
constexpr std::size_t kStdinChunk = std::size_t{1} << 20;
constexpr int kMaxThreads = 1024;

struct CommandOptions {
  bool pretty = false;
  bool include_text = true;
  bool null_data = false;
  bool day_first = false;
  lede::DocumentFormat format = lede::DocumentFormat::kAuto;
  int threads = 0;
  std::vector<std::string> globs;
  std::vector<std::string> paths;
};

// Appends `text` for a one-line message: control bytes become \xNN so that a
// name with a new line in it cannot break the line.
void AppendForMessage(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7f) {
      out->append("\\x");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    } else {
      out->push_back(ch);
    }
  }
}

int UsageError(std::string_view message, std::string_view arg) {
  std::string line = "lede parse: ";
  line.append(message.data(), message.size());
  if (!arg.empty()) {
    line.append(" \"");
    AppendForMessage(arg, &line);
    line.push_back('"');
  }
  line.append("\n");
  line.append(kUsage);
  line.append("; see 'lede parse --help'\n");
  std::fputs(line.c_str(), stderr);
  return 2;
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
      std::fputs(kUsage, stdout);
      std::fputs("\n", stdout);
      std::fputs(kHelp, stdout);
      return 0;
    }
    if (arg == "--pretty") {
      options->pretty = true;
      continue;
    }
    if (arg == "--no-text") {
      options->include_text = false;
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
    // Options with a value: "--threads 4" or "--threads=4".
    std::string_view name = arg;
    std::string_view value;
    bool has_value = false;
    if (const std::size_t equals = arg.find('='); equals != arg.npos) {
      name = arg.substr(0, equals);
      value = arg.substr(equals + 1);
      has_value = true;
    }
    if (name != "--threads" && name != "--glob" && name != "--format") {
      return UsageError("unknown option", arg);
    }
    if (!has_value) {
      if (i + 1 >= argc) return UsageError("missing the value of", name);
      value = argv[++i];
    }
    if (name == "--threads") {
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
    } else {
      if (value.empty()) return UsageError("--glob takes a pattern", "");
      options->globs.emplace_back(value);
    }
  }
  return -1;
}

// One article to parse, or one input that could not be read.
struct Item {
  enum class Kind { kFile, kMemory, kError };
  Kind kind = Kind::kFile;
  std::string source;     // the JSON `source`; the path of a kFile
  std::string error;      // why a kError could not be read
  std::size_t begin = 0;  // a kMemory article is Batch::data[begin, end)
  std::size_t end = 0;
};

struct Batch {
  // Items [0, count) are this batch's; the rest are kept for their buffers.
  std::vector<Item> items;
  std::size_t count = 0;
  std::string data;      // the bytes of kMemory articles
  std::string output;    // the JSON, in item order
  std::string messages;  // the stderr lines, in item order
  bool failed = false;
  bool done = false;

  Item& Add(Item::Kind kind) {
    if (count == items.size()) items.emplace_back();
    Item& item = items[count++];
    item.kind = kind;
    item.error.clear();
    return item;
  }

  void Clear() {
    count = 0;
    data.clear();
    output.clear();
    messages.clear();
    failed = false;
    done = false;
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
      workers_.emplace_back([this] { Work(); });
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

 private:
  void Work() {
    lede::ParseOptions parse_options;
    parse_options.date.day_first = options_.day_first;
    parse_options.format = options_.format;
    lede::ArticleParser parser(parse_options);
    // With --format auto, a file named *.md or *.markdown is Markdown.
    parse_options.format = lede::DocumentFormat::kMarkdown;
    lede::ArticleParser markdown_parser(parse_options);
    FileReader reader;
    for (;;) {
      Batch* batch = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_.wait(lock, [this] { return closed_ || !queue_.empty(); });
        if (queue_.empty()) return;
        batch = queue_.front();
        queue_.pop_front();
      }
      Process(batch, parser, markdown_parser, reader);
      Complete(batch);
    }
  }

  // Whether `path` names a Markdown file: it ends in ".md" or ".markdown".
  static bool IsMarkdownName(std::string_view path) {
    const auto ends_with = [path](std::string_view suffix) {
      return path.size() > suffix.size() &&
             path.substr(path.size() - suffix.size()) == suffix;
    };
    return ends_with(".md") || ends_with(".markdown");
  }

  void Process(Batch* batch, lede::ArticleParser& parser,
               lede::ArticleParser& markdown_parser, FileReader& reader) {
    lede::JsonOptions json;
    json.pretty = options_.pretty;
    json.include_text = options_.include_text;
    std::string error;
    for (std::size_t i = 0; i < batch->count; ++i) {
      const Item& item = batch->items[i];
      std::string_view text;
      bool read = true;
      if (item.kind == Item::Kind::kError) {
        error = item.error;
        read = false;
      } else if (item.kind == Item::Kind::kFile) {
        read = reader.Read(item.source, &text, &error);
      } else {
        text = std::string_view(batch->data)
                   .substr(item.begin, item.end - item.begin);
      }
      if (read) {
        lede::ArticleParser& by_name =
            options_.format == lede::DocumentFormat::kAuto &&
                    item.kind == Item::Kind::kFile &&
                    IsMarkdownName(item.source)
                ? markdown_parser
                : parser;
        const absl::StatusOr<lede::ArticleView> article = by_name.Parse(text);
        if (article.ok()) {
          json.source = item.source;
          lede::ToJson(*article, json, &batch->output);
          batch->output.push_back('\n');
        } else {
          const absl::string_view message = article.status().message();
          error.assign(message.data(), message.size());
          read = false;
        }
      }
      if (!read) {
        batch->failed = true;
        batch->messages.append("lede parse: ");
        AppendForMessage(item.source, &batch->messages);
        batch->messages.append(": ");
        AppendForMessage(error, &batch->messages);
        batch->messages.push_back('\n');
      }
      progress_->Add(1, text.size());
    }
  }

  // Marks `batch` done; if no one is writing, writes every done batch at the
  // head of the queue, in order.
  void Complete(Batch* batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    batch->done = true;
    if (writing_) return;  // the writer will get to it
    writing_ = true;
    for (;;) {
      while (!in_flight_.empty() && in_flight_.front()->done) {
        Batch* next = in_flight_.front();
        in_flight_.pop_front();
        lock.unlock();
        Write(*next);
        lock.lock();
        RecycleLocked(next);
      }
      // Flush whenever the written output catches up with the parsing, so
      // that a consumer of a slow stream sees each article without waiting
      // for a buffer to fill.
      lock.unlock();
      if (std::fflush(stdout) != 0) failed_ = true;
      lock.lock();
      if (in_flight_.empty() || !in_flight_.front()->done) break;
    }
    writing_ = false;
  }

  // Only the one writer calls this, so stdout sees whole batches in order.
  void Write(const Batch& batch) {
    if (batch.failed) failed_ = true;
    if (!batch.messages.empty()) {
      std::fflush(stdout);  // keep stderr lines after the output before them
      progress_->Message(batch.messages);
    }
    if (batch.output.empty()) return;
    if (stdout_is_terminal_) {
      // Keep the bar and the output apart on the one terminal.
      if (!progress_->Output(batch.output)) failed_ = true;
    } else if (std::fwrite(batch.output.data(), 1, batch.output.size(),
                           stdout) != batch.output.size()) {
      failed_ = true;
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
  std::size_t max_batches_ = 0;

  std::mutex mutex_;
  std::condition_variable work_;   // a batch was queued, or closed_
  std::condition_variable space_;  // a batch was recycled
  std::deque<Batch*> queue_;       // queued, not yet taken by a worker
  std::deque<Batch*> in_flight_;   // queued, not yet written, in order
  std::vector<std::unique_ptr<Batch>> batches_;
  std::vector<Batch*> free_;
  std::size_t outstanding_ = 0;  // handed out by NewBatch(), not recycled
  bool closed_ = false;
  bool writing_ = false;
  bool failed_ = false;  // written by the writer; read after Finish()
  std::vector<std::thread> workers_;
};

// Reads stdin as NUL-separated articles "-#1", "-#2", ... into batches,
// reading it in chunks straight into the batch's buffer, so that a stream of
// any length goes through in bounded memory.
void ReadNulSeparatedStdin(Pipeline* pipeline, std::size_t* records) {
  Batch* batch = pipeline->NewBatch();
  std::size_t record_begin = 0;  // in batch->data
  std::size_t scanned = 0;       // batch->data[0, scanned) has been searched
  auto add_record = [&](std::size_t end) {
    Item& item = batch->Add(Item::Kind::kMemory);
    item.source = "-#";
    item.source.append(std::to_string(++*records));
    item.begin = record_begin;
    item.end = end;
  };
  std::string carry;
  for (;;) {
    std::string& data = batch->data;
    const std::size_t old_size = data.size();
    data.resize(old_size + kStdinChunk);
    const ssize_t n = read(STDIN_FILENO, data.data() + old_size, kStdinChunk);
    if (n < 0 && errno == EINTR) {
      data.resize(old_size);
      continue;
    }
    data.resize(old_size + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
    if (n < 0) {
      Item& item = batch->Add(Item::Kind::kError);
      item.source = "-";
      item.error = ErrorText(errno);
      break;
    }
    if (n == 0) {
      // The end: bytes after the last NUL are the last article; a final NUL
      // only ends the one before it.
      if (record_begin < data.size()) add_record(data.size());
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
      add_record(at);
      record_begin = at + 1;
      scanned = at + 1;
    }
    // Hand the batch over when it is full, or when stdin had no more to
    // give for now (a stream fed slowly gets each article parsed and
    // written as it comes); the unfinished article moves to the next batch.
    const bool drained = static_cast<std::size_t>(n) < kStdinChunk;
    if (batch->count >= kRecordsPerBatch || record_begin >= kBytesPerBatch ||
        (drained && batch->count > 0)) {
      carry.assign(data, record_begin, data.npos);
      pipeline->Submit(batch);
      batch = pipeline->NewBatch();
      batch->data.assign(carry);
      scanned = carry.size();
      record_begin = 0;
    }
  }
  pipeline->Submit(batch);
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
  if (options.paths.empty()) options.paths.emplace_back("-");

  std::vector<Input> inputs;
  for (const std::string& path : options.paths) {
    ExpandArgument(path, options.globs, &inputs);
  }
  // The progress bar's totals; an article stream on stdin has none.
  std::uint64_t total_bytes = 0;
  bool sizes_known = true;
  bool stdin_stream = false;
  for (const Input& input : inputs) {
    total_bytes += input.size;
    if (input.kind == Input::Kind::kStdin) {
      sizes_known = false;
      stdin_stream |= options.null_data;
    }
  }

  // Whole batches are written at once, and flushed when the output catches up
  // with the parsing: a large buffer saves system calls.
  static char stdout_buffer[1 << 16];
  std::setvbuf(stdout, stdout_buffer, _IOFBF, sizeof(stdout_buffer));

  Progress progress(stdin_stream ? 0 : inputs.size(),
                    sizes_known ? total_bytes : 0);
  Pipeline pipeline(options, &progress);
  bool stdin_failed = false;
  Batch* batch = nullptr;
  std::size_t batch_bytes = 0;
  auto submit = [&] {
    if (batch != nullptr) pipeline.Submit(batch);
    batch = nullptr;
    batch_bytes = 0;
  };
  std::size_t records = 0;
  for (const Input& input : inputs) {
    if (input.kind == Input::Kind::kStdin && options.null_data) {
      submit();
      ReadNulSeparatedStdin(&pipeline, &records);
      continue;
    }
    if (batch == nullptr) batch = pipeline.NewBatch();
    if (input.kind == Input::Kind::kStdin) {
      Item& item = batch->Add(Item::Kind::kMemory);
      item.source = "-";
      item.begin = batch->data.size();
      std::string error;
      if (!ReadAll(STDIN_FILENO, &batch->data, &error)) {
        item.kind = Item::Kind::kError;
        item.error = error;
        stdin_failed = true;
      }
      item.end = batch->data.size();
      batch_bytes += item.end - item.begin;
    } else {
      Item& item =
          batch->Add(input.kind == Input::Kind::kError ? Item::Kind::kError
                                                       : Item::Kind::kFile);
      item.source = input.path;
      item.error = input.error;
      batch_bytes += input.size;
    }
    if (batch->count >= kArticlesPerBatch || batch_bytes >= kBytesPerBatch) {
      submit();
    }
  }
  submit();
  pipeline.Finish();
  progress.Finish();

  bool failed = pipeline.failed() || stdin_failed;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::string message = "lede parse: cannot write the output: ";
    message.append(ErrorText(errno));
    message.push_back('\n');
    std::fputs(message.c_str(), stderr);
    failed = true;
  }
  return failed ? 1 : 0;
}

}  // namespace lede_cli
