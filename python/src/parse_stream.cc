// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "parse_stream.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

namespace lede_python {

struct ParseStream::Slot {
  // Set by the Python thread before the slot is queued.
  py::object owner;  // the str or bytes `input` points into
  InputText input;
  std::string path;  // kFiles: the path as bytes for fopen()
  std::optional<std::string> source;
  std::optional<py::error_already_set> python_error;  // raised in order

  // Set by a worker; read by the Python thread once `done`.
  bool done = false;  // guarded by mutex_
  std::unique_ptr<PyArticle> article;
  std::string json;
  CharOffsets chars;
  std::optional<absl::Status> parse_error;
  int file_errno = 0;
};

namespace {

// Reads the whole file at `path` into `*out` (reusing its capacity);
// returns 0 or the errno of the failure.
int ReadFile(const std::string& path, std::string* out) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return errno;
  out->clear();
  char chunk[1 << 16];
  int error = 0;
  for (;;) {
    const std::size_t n = std::fread(chunk, 1, sizeof chunk, file);
    out->append(chunk, n);
    if (n < sizeof chunk) {
      if (std::ferror(file)) error = errno != 0 ? errno : EIO;
      break;
    }
  }
  std::fclose(file);
  return error;
}

}  // namespace

ParseStream::ParseStream(const lede::ParseOptions& options, py::handle iterable,
                         int threads, bool as_dict, Inputs inputs)
    : options_(options),
      as_dict_(as_dict),
      inputs_(inputs),
      max_slots_(static_cast<std::size_t>(threads) * 32),
      wake_batch_(static_cast<std::size_t>(threads) * 8),
      iterator_(
          py::reinterpret_steal<py::object>(PyObject_GetIter(iterable.ptr()))) {
  if (!iterator_) throw py::error_already_set();
  workers_.reserve(static_cast<std::size_t>(threads));
  for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
}

ParseStream::~ParseStream() {
  {
    py::gil_scoped_release release;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
      pending_.clear();
    }
    work_ready_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }
  // The slots' Python references are dropped here, with the GIL held.
}

void ParseStream::AddSlot(py::handle item) {
  auto slot = std::make_unique<Slot>();
  try {
    if (inputs_ == Inputs::kTexts) {
      slot->input = ReadInput(item);
      slot->owner = py::reinterpret_borrow<py::object>(item);
    } else {
      static py::handle fspath =
          py::object(py::module_::import("os").attr("fspath")).release();
      static py::handle fsencode =
          py::object(py::module_::import("os").attr("fsencode")).release();
      static py::handle fsdecode =
          py::object(py::module_::import("os").attr("fsdecode")).release();
      py::object path = fspath(item);
      slot->path = fsencode(path).cast<std::string>();
      // The source as `lede parse` names it: the path's bytes, as UTF-8.
      slot->source = fsdecode(path).cast<std::string>();
    }
  } catch (py::error_already_set& error) {
    slot->python_error = std::move(error);
    slot->done = true;
    slots_.push_back(std::move(slot));
    return;
  } catch (py::builtin_exception& error) {  // TypeError from ReadInput()
    error.set_error();
    slot->python_error.emplace();
    slot->done = true;
    slots_.push_back(std::move(slot));
    return;
  }
  Slot* queued = slot.get();
  slots_.push_back(std::move(slot));
  {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_.push_back(queued);
  }
  work_ready_.notify_one();
}

void ParseStream::Refill() {
  while (!exhausted_ && slots_.size() < max_slots_) {
    PyObject* item = PyIter_Next(iterator_.ptr());
    if (item == nullptr) {
      exhausted_ = true;
      if (PyErr_Occurred()) {
        auto slot = std::make_unique<Slot>();
        slot->python_error.emplace();  // fetches the pending exception
        slot->done = true;
        slots_.push_back(std::move(slot));
      }
      break;
    }
    py::object owned = py::reinterpret_steal<py::object>(item);
    AddSlot(owned);
  }
}

void ParseStream::WaitForHead() {
  const Slot* head = slots_.front().get();
  // Read before the GIL goes: `slots_` belongs to the thread in Next().
  const Slot* batch_end =
      slots_[std::min(slots_.size(), wake_batch_) - 1].get();
  py::gil_scoped_release release;
  std::unique_lock<std::mutex> lock(mutex_);
  if (head->done) return;
  for (const Slot* target : {batch_end, head}) {
    wake_at_ = target;
    slot_done_.wait(lock, [target] { return target->done; });
  }
  wake_at_ = nullptr;
}

py::object ParseStream::Next() {
  // Another Python thread could call next() while this one waits without
  // the GIL; as a generator does, refuse rather than share the slots.
  if (in_next_) throw py::value_error("ArticleIterator already executing");
  in_next_ = true;
  struct Reset {
    bool* flag;
    ~Reset() { *flag = false; }
  } reset{&in_next_};
  Refill();
  if (slots_.empty()) throw py::stop_iteration();
  WaitForHead();
  std::unique_ptr<Slot> slot = std::move(slots_.front());
  slots_.pop_front();
  // Queue more work before converting, so the workers stay busy meanwhile.
  Refill();

  if (slot->python_error) {
    exhausted_ = true;
    throw std::move(*slot->python_error);
  }
  if (slot->file_errno != 0) {
    PyErr_SetObject(
        PyExc_OSError,
        py::make_tuple(slot->file_errno, std::strerror(slot->file_errno),
                       *slot->source)
            .ptr());
    throw py::error_already_set();
  }
  if (slot->parse_error) ThrowParseError(*slot->parse_error);
  if (as_dict_) {
    return JsonToDict(slot->json, slot->chars, slot->input.bytes,
                      inputs_ == Inputs::kFiles);
  }
  return py::cast(std::move(slot->article));
}

void ParseStream::Process(lede::ArticleParser& parser, std::string& file_buffer,
                          Slot& slot) const {
  InputText input = slot.input;
  if (inputs_ == Inputs::kFiles) {
    slot.file_errno = ReadFile(slot.path, &file_buffer);
    if (slot.file_errno != 0) return;
    input = InputText{file_buffer, false, true};
  }
  absl::StatusOr<lede::ArticleView> view = parser.Parse(input.bytes);
  if (!view.ok()) {
    slot.parse_error = view.status();
    return;
  }
  if (as_dict_) {
    AppendArticleJson(*view, slot.source ? *slot.source : "-", &slot.json);
    if (input.is_str && !input.ascii) slot.chars = CharOffsets(input.bytes);
  } else {
    slot.article = MakeArticle(*view, input, slot.source);
  }
}

void ParseStream::Work() {
  lede::ArticleParser parser(options_);
  std::string file_buffer;
  for (;;) {
    Slot* slot = nullptr;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [this] { return stop_ || !pending_.empty(); });
      if (stop_) return;
      slot = pending_.front();
      pending_.pop_front();
    }
    Process(parser, file_buffer, *slot);
    bool wake = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      slot->done = true;
      wake = slot == wake_at_;
    }
    if (wake) slot_done_.notify_one();
  }
}

}  // namespace lede_python
