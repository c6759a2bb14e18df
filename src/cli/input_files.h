// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The inputs of `lede parse`: expanding its arguments into a list of files
// (directories searched recursively, in sorted order, for file names that
// match a glob), and reading a file without a second copy.

#ifndef LEDE_SRC_CLI_INPUT_FILES_H_
#define LEDE_SRC_CLI_INPUT_FILES_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lede_cli {

// GlobMatch()
//
// Returns whether `name` matches the shell pattern `pattern`: `*` matches any
// run of bytes, `?` one byte, `[abc]`, `[a-z]` and `[!abc]` a byte of (not
// of) the set, and `\x` the byte `x`. Bytewise; no locale.
bool GlobMatch(std::string_view pattern, std::string_view name);

// Input
//
// One input of `lede parse`, in the order the articles are printed.
struct Input {
  enum class Kind {
    kFile,   // `path` is a file to read
    kStdin,  // standard input ("-", or no argument)
    kError,  // `path` could not be searched or read: `error` says why
  };
  Kind kind = Kind::kFile;
  std::string path;
  std::string error;
  std::size_t size = 0;  // the file's size when known, else 0
};

// ExpandArgument()
//
// Appends to `*inputs` what the command-line argument `arg` names: stdin for
// "-"; for a directory, every file below it whose name matches one of
// `patterns`, depth first with each directory's entries in byte order
// (symbolic links to files are followed, to directories are not); for
// anything else, the file itself whatever its name. A path that cannot be
// searched gives a kError input in its place.
void ExpandArgument(std::string_view arg,
                    const std::vector<std::string>& patterns,
                    std::vector<Input>* inputs);

// FileReader
//
// Reads files for one thread: files of kMapThreshold bytes or more are
// memory-mapped, smaller ones read with one read() into a buffer that is kept
// for the next file; pipes and devices are read to their end into the same
// buffer. Not thread-safe: use one per thread.
class FileReader {
 public:
  static constexpr std::size_t kMapThreshold = std::size_t{1} << 20;

  FileReader() = default;
  ~FileReader();
  FileReader(const FileReader&) = delete;
  FileReader& operator=(const FileReader&) = delete;

  // FileReader::Read()
  //
  // Reads the file at `path`. On success sets `*text` to its bytes and
  // returns true; on failure sets `*error` to the reason ("No such file or
  // directory") and returns false.
  // Lifetime: `*text` is valid until the next Read() on this reader or its
  // destruction.
  bool Read(const std::string& path, std::string_view* text,
            std::string* error);

 private:
  void Unmap();
  bool ReadToEnd(int fd, std::size_t size_hint, std::string_view* text,
                 std::string* error);

  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0;
  void* mapping_ = nullptr;
  std::size_t mapping_size_ = 0;
};

// ReadAll()
//
// Appends everything that can be read from `fd` to `*out`. Returns false and
// sets `*error` when a read fails.
bool ReadAll(int fd, std::string* out, std::string* error);

// ErrorText()
//
// Returns the text for the errno value `error_number`.
std::string ErrorText(int error_number);

}  // namespace lede_cli

#endif  // LEDE_SRC_CLI_INPUT_FILES_H_
