// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The progress bar of `lede parse`: articles done/total, MB/s and time left,
// the bar and the time left reckoned in bytes (a huge article among small
// ones weighs what it weighs), with an article being parsed counted as far
// as the run's average rate says it has got, so that the rate stays steady;
// redrawn in place on stderr when stderr is a terminal and the work has
// lasted more than a moment (half a second), and cleared at the end. When
// stderr is not a terminal it writes nothing. The environment variable
// LEDE_PROGRESS_DELAY_MS changes the half second (the tests set it to 0).

#ifndef LEDE_SRC_CLI_PROGRESS_H_
#define LEDE_SRC_CLI_PROGRESS_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace lede_cli {

class Progress {
 public:
  // Starts the bar's thread if stderr is a terminal. `total_articles` and
  // `total_bytes` are 0 when unknown (articles from stdin); `slots` is the
  // number of threads that Start() and Add().
  Progress(std::size_t total_articles, std::uint64_t total_bytes,
           std::size_t slots);
  // Finish()es.
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Progress::Start()
  //
  // Says that thread `slot` started on an article of `bytes` bytes.
  // Thread-safe.
  void Start(std::size_t slot, std::uint64_t bytes);

  // Progress::Add()
  //
  // Counts `articles` more articles of `bytes` bytes as done by thread
  // `slot`. Thread-safe.
  void Add(std::size_t slot, std::size_t articles, std::uint64_t bytes);

  // Progress::Message()
  //
  // Writes the line `message` (with its newline) to stderr, clearing the bar
  // first if it is drawn. Thread-safe.
  void Message(std::string_view message);

  // Progress::Output()
  //
  // Writes `text` to stdout and flushes it, clearing the bar first if it is
  // drawn (for when stdout is the same terminal). Returns false when the
  // write fails. Thread-safe.
  bool Output(std::string_view text);

  // Progress::Finish()
  //
  // Stops the bar and clears it. Idempotent.
  void Finish();

 private:
  void Run();
  void Draw();
  void ClearLocked();

  const std::size_t total_articles_;
  const std::uint64_t total_bytes_;
  const std::chrono::steady_clock::time_point start_;
  std::chrono::milliseconds delay_{500};
  std::atomic<std::size_t> articles_{0};
  std::atomic<std::uint64_t> bytes_{0};
  // Per thread: the size of the article in hand (0: none) and when it was
  // started, in nanoseconds since start_.
  struct Slot {
    std::atomic<std::uint64_t> bytes{0};
    std::atomic<std::int64_t> started{0};
  };
  std::unique_ptr<Slot[]> slots_;
  std::size_t slot_count_;

  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool drawn_ = false;
  std::string line_;
  std::thread thread_;
};

}  // namespace lede_cli

#endif  // LEDE_SRC_CLI_PROGRESS_H_
