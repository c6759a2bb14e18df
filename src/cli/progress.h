// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The progress bar of `lede parse`: articles done/total, MB/s and time left,
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
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace lede_cli {

class Progress {
 public:
  // Starts the bar's thread if stderr is a terminal. `total_articles` and
  // `total_bytes` are 0 when unknown (articles from stdin).
  Progress(std::size_t total_articles, std::uint64_t total_bytes);
  // Finish()es.
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Progress::Add()
  //
  // Counts `articles` more articles of `bytes` bytes as done. Thread-safe.
  void Add(std::size_t articles, std::uint64_t bytes) {
    articles_.fetch_add(articles, std::memory_order_relaxed);
    bytes_.fetch_add(bytes, std::memory_order_relaxed);
  }

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

  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool drawn_ = false;
  std::string line_;
  std::thread thread_;
};

}  // namespace lede_cli

#endif  // LEDE_SRC_CLI_PROGRESS_H_
