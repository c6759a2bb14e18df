// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "progress.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <string_view>

#include "output.h"

namespace lede_cli {
namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(200);
constexpr int kBarWidth = 20;
constexpr std::string_view kClearLine = "\r\033[K";

void AppendDuration(double seconds, std::string* out) {
  const auto total = static_cast<long long>(seconds + 0.5);
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof(text), "%lld:%02lld:%02lld", total / 3600,
                  total / 60 % 60, total % 60);
  } else {
    std::snprintf(text, sizeof(text), "%lld:%02lld", total / 60, total % 60);
  }
  out->append(text);
}

}  // namespace

Progress::Progress(std::size_t total_articles, std::uint64_t total_bytes,
                   std::size_t slots)
    : total_articles_(total_articles),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      slots_(new Slot[std::max<std::size_t>(slots, 1)]),
      slot_count_(std::max<std::size_t>(slots, 1)) {
  if (isatty(STDERR_FILENO) == 0) return;
  if (const char* delay = std::getenv("LEDE_PROGRESS_DELAY_MS")) {
    delay_ = std::chrono::milliseconds(std::strtol(delay, nullptr, 10));
  }
  thread_ = std::thread([this] { Run(); });
}

Progress::~Progress() { Finish(); }

void Progress::Start(std::size_t slot, std::uint64_t bytes) {
  Slot& s = slots_[slot % slot_count_];
  s.started.store(std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now() - start_)
                      .count(),
                  std::memory_order_relaxed);
  s.bytes.store(bytes, std::memory_order_relaxed);
}

void Progress::Add(std::size_t slot, std::size_t articles,
                   std::uint64_t bytes) {
  slots_[slot % slot_count_].bytes.store(0, std::memory_order_relaxed);
  articles_.fetch_add(articles, std::memory_order_relaxed);
  bytes_.fetch_add(bytes, std::memory_order_relaxed);
}

void Progress::Run() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (wake_.wait_until(lock, start_ + delay_, [this] { return stopping_; })) {
    return;  // done within the moment: no bar at all
  }
  while (!stopping_) {
    Draw();
    wake_.wait_for(lock, kRedrawInterval, [this] { return stopping_; });
  }
}

void Progress::Draw() {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
          .count();
  const std::size_t articles = articles_.load(std::memory_order_relaxed);
  const std::uint64_t done = bytes_.load(std::memory_order_relaxed);
  // The articles in hand count as far as each thread's share of the average
  // rate so far has got through them (never whole: they are not done).
  double bytes = static_cast<double>(done);
  if (done > 0 && seconds > 0) {
    const double per_thread =
        static_cast<double>(done) / seconds / static_cast<double>(slot_count_);
    for (std::size_t i = 0; i < slot_count_; ++i) {
      const std::uint64_t size =
          slots_[i].bytes.load(std::memory_order_relaxed);
      if (size == 0) continue;
      const double since = seconds - static_cast<double>(slots_[i].started.load(
                                         std::memory_order_relaxed)) /
                                         1e9;
      bytes += std::min(static_cast<double>(size) * 0.95,
                        per_thread * std::max(since, 0.0));
    }
  }
  const double megabytes_per_second = seconds > 0 ? bytes / 1e6 / seconds : 0.0;
  char text[96];
  line_.assign(kClearLine);
  if (total_articles_ > 0) {
    const double fraction =
        total_bytes_ > 0
            ? std::min(bytes / static_cast<double>(total_bytes_), 1.0)
            : static_cast<double>(articles) /
                  static_cast<double>(total_articles_);
    const int filled = static_cast<int>(fraction * kBarWidth);
    line_.push_back('[');
    for (int i = 0; i < kBarWidth; ++i) line_.push_back(i < filled ? '#' : '.');
    line_.append("] ");
    std::snprintf(text, sizeof(text), "%zu/%zu articles  %.1f MB/s", articles,
                  total_articles_, megabytes_per_second);
    line_.append(text);
    // Time left from the bytes when their total is known (articles differ
    // in size), else from the articles.
    double left = -1;
    if (total_bytes_ > 0 && bytes > 0) {
      left = seconds *
             std::max(static_cast<double>(total_bytes_) - bytes, 0.0) / bytes;
    } else if (articles > 0) {
      left = seconds * static_cast<double>(total_articles_ - articles) /
             static_cast<double>(articles);
    }
    if (left >= 0) {
      line_.append("  ");
      AppendDuration(left, &line_);
      line_.append(" left");
    }
  } else {
    std::snprintf(text, sizeof(text), "%zu articles  %.1f MB/s", articles,
                  megabytes_per_second);
    line_.append(text);
  }
  WriteStderr(line_);
  drawn_ = true;
}

void Progress::ClearLocked() {
  if (drawn_) {
    WriteStderr(kClearLine);
    drawn_ = false;
  }
}

void Progress::Message(std::string_view message) {
  std::lock_guard<std::mutex> lock(mutex_);
  ClearLocked();
  WriteStderr(message);
}

bool Progress::Output(std::string_view text) {
  std::lock_guard<std::mutex> lock(mutex_);
  ClearLocked();
  return WriteStdout(text);
}

void Progress::Finish() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  std::lock_guard<std::mutex> lock(mutex_);
  ClearLocked();
}

}  // namespace lede_cli
