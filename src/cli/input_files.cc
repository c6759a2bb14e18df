// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "input_files.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "output.h"

namespace lede_cli {
namespace {

// Matches the one-byte pattern element at `pattern[*at]` ("?", "[...]", "\x"
// or a literal byte) against `c`, and moves `*at` past it.
bool MatchElement(std::string_view pattern, std::size_t* at, char c) {
  const std::size_t i = *at;
  if (pattern[i] == '?') {
    *at = i + 1;
    return true;
  }
  if (pattern[i] == '\\' && i + 1 < pattern.size()) {
    *at = i + 2;
    return pattern[i + 1] == c;
  }
  if (pattern[i] == '[') {
    std::size_t j = i + 1;
    const bool negate =
        j < pattern.size() && (pattern[j] == '!' || pattern[j] == '^');
    if (negate) ++j;
    const std::size_t set_begin = j;
    // A ']' first in the set is a member, not its end.
    if (j < pattern.size() && pattern[j] == ']') ++j;
    while (j < pattern.size() && pattern[j] != ']') ++j;
    if (j < pattern.size()) {
      const auto u = static_cast<unsigned char>(c);
      bool member = false;
      for (std::size_t k = set_begin; k < j; ++k) {
        const auto low = static_cast<unsigned char>(pattern[k]);
        if (k + 2 < j && pattern[k + 1] == '-') {
          const auto high = static_cast<unsigned char>(pattern[k + 2]);
          if (u >= low && u <= high) member = true;
          k += 2;
        } else if (u == low) {
          member = true;
        }
      }
      *at = j + 1;
      return member != negate;
    }
    // No closing ']': the '[' is a literal byte.
  }
  *at = i + 1;
  return pattern[i] == c;
}

std::string JoinPath(std::string_view dir, std::string_view name) {
  std::string path;
  path.reserve(dir.size() + 1 + name.size());
  path.append(dir.data(), dir.size());
  if (path.empty() || path.back() != '/') path.push_back('/');
  path.append(name.data(), name.size());
  return path;
}

bool MatchesAny(const std::vector<std::string>& patterns,
                std::string_view name) {
  for (const std::string& pattern : patterns) {
    if (GlobMatch(pattern, name)) return true;
  }
  return false;
}

void AddError(std::string path, int error_number, std::vector<Input>* inputs) {
  Input input;
  input.kind = Input::Kind::kError;
  input.path = std::move(path);
  input.error = ErrorText(error_number);
  inputs->push_back(std::move(input));
}

struct Entry {
  std::string name;
  bool is_directory = false;
  bool is_file = false;
  int error_number = 0;
  std::size_t size = 0;
};

// A directory on the path from the walk's root: a link to one of these is a
// loop.
struct DirectoryId {
  dev_t device;
  ino_t inode;
};

class Walker {
 public:
  Walker(const WalkOptions& options, WalkCounts* counts,
         std::vector<Input>* inputs)
      : options_(options), counts_(counts), inputs_(inputs) {}

  void Walk(const std::string& dir, const struct stat& dir_stat) {
    for (const DirectoryId& id : ancestors_) {
      if (id.device == dir_stat.st_dev && id.inode == dir_stat.st_ino) {
        ++counts_->loops;
        return;
      }
    }
    ancestors_.push_back({dir_stat.st_dev, dir_stat.st_ino});
    WalkEntries(dir);
    ancestors_.pop_back();
  }

 private:
  // Classifies the entry `name` of the directory `dir_fd`; returns false to
  // pass over it. `*st` is what the entry (or the link's target) is.
  bool Classify(int dir_fd, const char* name, Entry* entry, struct stat* st) {
    if (fstatat(dir_fd, name, st, AT_SYMLINK_NOFOLLOW) != 0) {
      entry->error_number = errno;
      return true;
    }
    if (S_ISLNK(st->st_mode)) {
      if (options_.links == WalkOptions::Links::kNone) {
        ++counts_->links;
        return false;
      }
      if (fstatat(dir_fd, name, st, 0) != 0) {
        // A dangling link named like an article is an input that cannot
        // be read; any other is passed over.
        entry->error_number = errno;
        if (MatchesAny(options_.patterns, name)) return true;
        ++counts_->special;
        return false;
      }
      if (S_ISDIR(st->st_mode) && options_.links != WalkOptions::Links::kAll) {
        ++counts_->links;
        return false;
      }
    }
    if (S_ISDIR(st->st_mode)) {
      entry->is_directory = true;
    } else if (S_ISREG(st->st_mode)) {
      entry->is_file = true;
      entry->size = static_cast<std::size_t>(st->st_size);
    } else {
      ++counts_->special;
      return false;
    }
    return true;
  }

  void WalkEntries(const std::string& dir) {
    DIR* stream = opendir(dir.c_str());
    if (stream == nullptr) {
      AddError(dir, errno, inputs_);
      return;
    }
    const int dir_fd = dirfd(stream);
    std::vector<Entry> entries;
    std::vector<struct stat> stats;
    int read_error = 0;
    for (;;) {
      errno = 0;
      const dirent* ent = readdir(stream);
      if (ent == nullptr) {
        read_error = errno;
        break;
      }
      const std::string_view name = ent->d_name;
      if (name == "." || name == "..") continue;
      if (name[0] == '.' && !options_.hidden) {
        ++counts_->hidden;
        continue;
      }
      Entry entry;
      struct stat st;
      if (!Classify(dir_fd, ent->d_name, &entry, &st)) continue;
      if (entry.is_file && !MatchesAny(options_.patterns, name)) {
        ++counts_->unmatched;
        continue;
      }
      entry.name.assign(name.data(), name.size());
      entries.push_back(std::move(entry));
      stats.push_back(st);
    }
    closedir(stream);
    std::vector<std::size_t> order(entries.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return entries[a].name < entries[b].name;
    });
    for (const std::size_t i : order) {
      const Entry& entry = entries[i];
      if (entry.is_directory) {
        Walk(JoinPath(dir, entry.name), stats[i]);
      } else if (entry.is_file) {
        Input input;
        input.path = JoinPath(dir, entry.name);
        input.size = entry.size;
        inputs_->push_back(std::move(input));
      } else if (entry.error_number != 0) {
        AddError(JoinPath(dir, entry.name), entry.error_number, inputs_);
      }
    }
    if (read_error != 0) AddError(dir, read_error, inputs_);
  }

  const WalkOptions& options_;
  WalkCounts* const counts_;
  std::vector<Input>* const inputs_;
  std::vector<DirectoryId> ancestors_;
};

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view name) {
  std::size_t p = 0;
  std::size_t n = 0;
  // Where to resume after the last '*' when a match fails: the pattern just
  // past it, and the name one byte further than last time.
  std::size_t star_p = std::string_view::npos;
  std::size_t star_n = 0;
  while (n < name.size()) {
    if (p < pattern.size()) {
      if (pattern[p] == '*') {
        star_p = ++p;
        star_n = n;
        continue;
      }
      std::size_t next = p;
      if (MatchElement(pattern, &next, name[n])) {
        p = next;
        ++n;
        continue;
      }
    }
    if (star_p == std::string_view::npos) return false;
    p = star_p;
    n = ++star_n;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

void ExpandArgument(std::string_view arg, const WalkOptions& options,
                    WalkCounts* counts, std::vector<Input>* inputs) {
  if (arg == "-") {
    Input input;
    input.kind = Input::Kind::kStdin;
    input.path = "-";
    inputs->push_back(std::move(input));
    return;
  }
  std::string path(arg.data(), arg.size());
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    AddError(std::move(path), errno, inputs);
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    Walker(options, counts, inputs).Walk(path, st);
    return;
  }
  Input input;
  input.path = std::move(path);
  if (S_ISREG(st.st_mode)) input.size = static_cast<std::size_t>(st.st_size);
  inputs->push_back(std::move(input));
}

void ByteBuffer::Release() {
  data_.reset();
  size_ = 0;
  capacity_ = 0;
}

char* ByteBuffer::Room(std::size_t n) {
  if (capacity_ - size_ < n) {
    const std::size_t new_capacity =
        std::max({size_ + n, capacity_ + capacity_ / 2, std::size_t{4096}});
    // realloc() leaves the new bytes uninitialised (no zero-fill) and moves
    // a large block by remapping its pages, not by copying them, so that
    // growing to N bytes touches N bytes, not twice as many.
    void* bigger = std::realloc(data_.get(), new_capacity);
    if (bigger == nullptr) throw std::bad_alloc();
    (void)data_.release();
    data_.reset(static_cast<char*>(bigger));
    capacity_ = new_capacity;
  }
  return data_.get() + size_;
}

void ByteBuffer::Append(std::string_view bytes) {
  if (bytes.empty()) return;
  std::memcpy(Room(bytes.size()), bytes.data(), bytes.size());
  Commit(bytes.size());
}

ReadResult ReadStream(int fd, std::size_t size_hint, std::size_t limit,
                      ByteBuffer* out) {
  constexpr std::size_t kChunk = std::size_t{64} << 10;
  limit = std::min(limit, std::numeric_limits<std::size_t>::max() - kChunk);
  ReadResult result;
  std::size_t got = 0;
  for (;;) {
    // The hinted size in one read, and no more (a file that grows while it
    // is read need not be read to its end: its size says it grew); chunks
    // when there is no hint; never more than one byte past the limit.
    if (size_hint > 0 && got >= size_hint) {
      result.bytes = got;
      return result;
    }
    std::size_t want = got < size_hint ? size_hint - got : kChunk;
    want = std::min(want, limit - std::min(got, limit) + 1);
    char* room = out->Room(want);
    const ssize_t n = read(fd, room, want);
    if (n < 0) {
      const int error_number = errno;
      if (error_number == EINTR) continue;
      result.error_number = error_number;
      return result;
    }
    if (n == 0) {
      result.bytes = got;
      return result;
    }
    const auto count = static_cast<std::size_t>(n);
    out->Commit(count);
    got += count;
    // The byte past the limit is kept: the parser sees the input is longer.
    if (got > limit) {
      result.over_limit = true;
      result.bytes = got;
      return result;
    }
  }
}

ReadResult ReadOnce(int fd, std::size_t max, ByteBuffer* out) {
  ReadResult result;
  char* room = out->Room(max);
  for (;;) {
    const ssize_t n = read(fd, room, max);
    if (n >= 0) {
      result.bytes = static_cast<std::size_t>(n);
      out->Commit(result.bytes);
      return result;
    }
    const int error_number = errno;
    if (error_number != EINTR) {
      result.error_number = error_number;
      return result;
    }
  }
}

bool FileReader::Read(const std::string& path, std::size_t limit,
                      std::string_view* text, bool* over_limit,
                      std::string* error) {
  *over_limit = false;
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = ErrorText(errno);
    return false;
  }
  struct FdCloser {
    int fd;
    ~FdCloser() { close(fd); }
  } closer{fd};
  struct stat before;
  if (fstat(fd, &before) != 0) {
    *error = ErrorText(errno);
    return false;
  }
  if (S_ISDIR(before.st_mode)) {
    *error = ErrorText(EISDIR);
    return false;
  }
  const bool regular = S_ISREG(before.st_mode);
  const std::size_t size =
      regular ? static_cast<std::size_t>(before.st_size) : 0;
  // A buffer grown for one huge file is not kept for small ones.
  constexpr std::size_t kKeep = std::size_t{64} << 20;
  if (buffer_.capacity() > kKeep && size < buffer_.capacity() / 4) {
    buffer_.Release();
  }
  buffer_.clear();
  const ReadResult result = ReadStream(fd, size, limit, &buffer_);
  if (result.error_number != 0) {
    *error = ErrorText(result.error_number);
    return false;
  }
  *over_limit = result.over_limit;
  // A regular file that says it is empty may be a /proc file whose bytes
  // are made as it is read: it is taken as read.
  if (regular && size > 0) {
    struct stat after {};
    const bool same = fstat(fd, &after) == 0 &&
                      after.st_size == before.st_size &&
                      after.st_mtim.tv_sec == before.st_mtim.tv_sec &&
                      after.st_mtim.tv_nsec == before.st_mtim.tv_nsec &&
                      (result.over_limit || buffer_.size() == size);
    if (!same) {
      *error = "changed while it was read (" + std::to_string(size) +
               " bytes when opened, " + std::to_string(buffer_.size()) +
               " bytes read, " + std::to_string(after.st_size) + " bytes now)";
      return false;
    }
  }
  *text = buffer_.view();
  return true;
}

}  // namespace lede_cli
