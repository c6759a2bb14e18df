// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ParseStream: the iterator behind lede.parse_many() and lede.parse_files().
// The Python thread pulls inputs from the caller's iterable into a window of
// slots, in input order; N native worker threads, each with its own reused
// ArticleParser, parse the slots without the GIL; __next__ waits (without
// the GIL) for the oldest slot and turns it into a lede.Article or a dict.
// Workers never touch a Python object: a text's bytes are kept alive by the
// slot's reference to its str or bytes, which only the Python thread drops.

#ifndef LEDE_PYTHON_SRC_PARSE_STREAM_H_
#define LEDE_PYTHON_SRC_PARSE_STREAM_H_

#include <pybind11/pybind11.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "article_object.h"
#include "lede/article.h"

namespace lede_python {

class ParseStream {
 public:
  enum class Inputs { kTexts, kFiles };

  // Starts `threads` workers parsing the items of `iterable` (texts or
  // paths) with `options`; `as_dict` makes each result a dict.
  ParseStream(const lede::ParseOptions& options, py::handle iterable,
              int threads, bool as_dict, Inputs inputs);
  ~ParseStream();
  ParseStream(const ParseStream&) = delete;
  ParseStream& operator=(const ParseStream&) = delete;

  // ParseStream::Next()
  //
  // Returns the next result in input order; raises StopIteration at the end,
  // and at an item that failed its error (TypeError for an item that is not
  // a str/bytes or path, OSError for a file that cannot be read,
  // lede.ParseError for an input over a cap with on_limit="error").
  py::object Next();

 private:
  struct Slot;

  void Refill();
  void WaitForHead();
  void AddSlot(py::handle item);
  void Work();
  void Process(lede::ArticleParser& parser, std::string& file_buffer,
               Slot& slot) const;

  const lede::ParseOptions options_;
  const bool as_dict_;
  const Inputs inputs_;
  const std::size_t max_slots_;
  // How many slots Next() lets finish before it wakes, so that it sleeps
  // and wakes once per batch rather than once per article.
  const std::size_t wake_batch_;
  py::object iterator_;
  bool exhausted_ = false;
  bool in_next_ = false;  // a Python thread is in Next()

  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable slot_done_;
  std::deque<std::unique_ptr<Slot>> slots_;  // input order; Python thread only
  std::deque<Slot*> pending_;                // guarded by mutex_
  bool stop_ = false;                        // guarded by mutex_
  const Slot* wake_at_ = nullptr;            // guarded by mutex_
  std::vector<std::thread> workers_;
};

}  // namespace lede_python

#endif  // LEDE_PYTHON_SRC_PARSE_STREAM_H_
