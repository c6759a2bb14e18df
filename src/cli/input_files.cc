// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "input_files.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

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

void WalkDirectory(const std::string& dir,
                   const std::vector<std::string>& patterns,
                   std::vector<Input>* inputs) {
  DIR* stream = opendir(dir.c_str());
  if (stream == nullptr) {
    AddError(dir, errno, inputs);
    return;
  }
  const int dir_fd = dirfd(stream);
  std::vector<Entry> entries;
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
    Entry entry;
    entry.name.assign(name.data(), name.size());
    struct stat st;
    if (fstatat(dir_fd, ent->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
      entry.error_number = errno;
    } else if (S_ISDIR(st.st_mode)) {
      entry.is_directory = true;
    } else if (S_ISLNK(st.st_mode)) {
      // A link to a file is that file; a link to a directory is not
      // followed, which keeps the walk finite.
      if (fstatat(dir_fd, ent->d_name, &st, 0) != 0) {
        entry.error_number = errno;
      } else if (S_ISREG(st.st_mode)) {
        entry.is_file = true;
        entry.size = static_cast<std::size_t>(st.st_size);
      }
    } else if (S_ISREG(st.st_mode)) {
      entry.is_file = true;
      entry.size = static_cast<std::size_t>(st.st_size);
    }
    entries.push_back(std::move(entry));
  }
  closedir(stream);
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  for (const Entry& entry : entries) {
    if (entry.is_directory) {
      WalkDirectory(JoinPath(dir, entry.name), patterns, inputs);
    } else if (entry.is_file && MatchesAny(patterns, entry.name)) {
      Input input;
      input.path = JoinPath(dir, entry.name);
      input.size = entry.size;
      inputs->push_back(std::move(input));
    } else if (entry.error_number != 0 && MatchesAny(patterns, entry.name)) {
      AddError(JoinPath(dir, entry.name), entry.error_number, inputs);
    }
  }
  if (read_error != 0) AddError(dir, read_error, inputs);
}

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

void ExpandArgument(std::string_view arg,
                    const std::vector<std::string>& patterns,
                    std::vector<Input>* inputs) {
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
    WalkDirectory(path, patterns, inputs);
    return;
  }
  Input input;
  input.path = std::move(path);
  if (S_ISREG(st.st_mode)) input.size = static_cast<std::size_t>(st.st_size);
  inputs->push_back(std::move(input));
}

FileReader::~FileReader() { Unmap(); }

void FileReader::Unmap() {
  if (mapping_ != nullptr) {
    munmap(mapping_, mapping_size_);
    mapping_ = nullptr;
    mapping_size_ = 0;
  }
}

bool FileReader::Read(const std::string& path, std::string_view* text,
                      std::string* error) {
  Unmap();
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = ErrorText(errno);
    return false;
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    *error = ErrorText(errno);
    close(fd);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    *error = ErrorText(EISDIR);
    close(fd);
    return false;
  }
  const std::size_t size =
      S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0;
  if (size >= kMapThreshold) {
    void* mapping = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapping != MAP_FAILED) {
      madvise(mapping, size, MADV_SEQUENTIAL);
      close(fd);
      mapping_ = mapping;
      mapping_size_ = size;
      *text = std::string_view(static_cast<const char*>(mapping), size);
      return true;
    }
    // Not mappable (some file systems): read it instead.
  }
  const bool ok = ReadToEnd(fd, size, text, error);
  close(fd);
  return ok;
}

bool FileReader::ReadToEnd(int fd, std::size_t size_hint,
                           std::string_view* text, std::string* error) {
  // A regular file of known size takes one read(); anything else (a pipe, a
  // device, a file in /proc that says it is empty) is read until EOF.
  std::size_t want = std::max<std::size_t>(size_hint, 1);
  if (capacity_ < want) {
    capacity_ = std::max(want, std::size_t{64} << 10);
    buffer_.reset(new char[capacity_]);
  }
  std::size_t got = 0;
  for (;;) {
    if (got == capacity_) {
      const std::size_t new_capacity = capacity_ * 2;
      std::unique_ptr<char[]> bigger(new char[new_capacity]);
      std::memcpy(bigger.get(), buffer_.get(), got);
      buffer_ = std::move(bigger);
      capacity_ = new_capacity;
    }
    const ssize_t n = read(fd, buffer_.get() + got, capacity_ - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = ErrorText(errno);
      return false;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
    if (size_hint != 0 && got >= size_hint) break;
  }
  *text = std::string_view(buffer_.get(), got);
  return true;
}

bool ReadAll(int fd, std::string* out, std::string* error) {
  constexpr std::size_t kChunk = std::size_t{1} << 16;
  for (;;) {
    const std::size_t old_size = out->size();
    out->resize(old_size + std::max(kChunk, old_size / 2));
    const ssize_t n = read(fd, out->data() + old_size, out->size() - old_size);
    if (n <= 0) {
      out->resize(old_size);
      if (n == 0) return true;
      if (errno == EINTR) continue;
      *error = ErrorText(errno);
      return false;
    }
    out->resize(old_size + static_cast<std::size_t>(n));
  }
}

std::string ErrorText(int error_number) {
  return std::generic_category().message(error_number);
}

}  // namespace lede_cli
