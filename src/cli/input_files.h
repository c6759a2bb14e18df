// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The inputs of `lede parse`: expanding its arguments into a list of files
// (directories searched recursively, in sorted order, for file names that
// match a glob), and reading a file or a stream with read(2) into a buffer
// that is reused from one input to the next.
//
// Files are never memory-mapped: a mapped file that another process truncates
// raises SIGBUS on the next access, and crawlers rewrite their output all the
// time. read(2) of a file that shrinks or grows just returns fewer or more
// bytes, which FileReader notices and reports as an error for that file.

#ifndef LEDE_SRC_CLI_INPUT_FILES_H_
#define LEDE_SRC_CLI_INPUT_FILES_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
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

// WalkOptions
//
// How ExpandArgument() searches a directory.
struct WalkOptions {
  // The file names to take (GlobMatch() patterns).
  std::vector<std::string> patterns;
  // Whether to enter folders and take files whose name starts with '.'.
  bool hidden = false;
  // Which symbolic links met in a walk are followed: kFiles follows links to
  // files only; kAll follows links to directories too (a link back to a
  // directory being walked is a loop, skipped and counted); kNone follows
  // none. Links named on the command line are always followed.
  enum class Links { kFiles, kAll, kNone };
  Links links = Links::kFiles;
};

// WalkCounts
//
// What walks passed over, for the --verbose summary.
struct WalkCounts {
  std::uint64_t hidden = 0;     // entries named .* (without --hidden)
  std::uint64_t unmatched = 0;  // files whose name matches no pattern
  std::uint64_t links = 0;      // symbolic links not followed
  std::uint64_t loops = 0;      // directory links leading back up the walk
  std::uint64_t special = 0;    // devices, sockets, FIFOs, dangling links
};

// ExpandArgument()
//
// Appends to `*inputs` what the command-line argument `arg` names: stdin for
// "-"; for a directory, every file below it whose name matches one of
// `options.patterns`, depth first with each directory's entries in byte
// order; for anything else, the file itself whatever its name. A path that
// cannot be searched gives a kError input in its place. Adds what the walk
// passed over to `*counts`.
void ExpandArgument(std::string_view arg, const WalkOptions& options,
                    WalkCounts* counts, std::vector<Input>* inputs);

// ByteBuffer
//
// A growable byte buffer that, unlike std::string, does not zero-fill the
// room it makes: reading N bytes into it costs N, however it grew.
class ByteBuffer {
 public:
  ByteBuffer() = default;
  ByteBuffer(const ByteBuffer&) = delete;
  ByteBuffer& operator=(const ByteBuffer&) = delete;

  [[nodiscard]] const char* data() const { return data_.get(); }
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] std::size_t capacity() const { return capacity_; }
  // Lifetime: valid until the buffer is next changed or destroyed.
  [[nodiscard]] std::string_view view() const { return {data_.get(), size_}; }

  void clear() { size_ = 0; }
  // Drops the bytes from `n` on (n <= size()).
  void Truncate(std::size_t n) { size_ = n; }
  // Frees the memory (after a large input, or when memory ran out).
  void Release();

  // ByteBuffer::Room()
  //
  // Makes room for at least `n` more bytes after size() (growing at least
  // by half, so that appends take linear time) and returns where they go;
  // Commit() then adds the bytes written there. May throw std::bad_alloc.
  char* Room(std::size_t n);
  void Commit(std::size_t n) { size_ += n; }

  void Append(std::string_view bytes);

 private:
  struct Free {
    void operator()(char* p) const { std::free(p); }
  };
  std::unique_ptr<char, Free> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

// ReadResult
//
// How ReadStream() ended.
struct ReadResult {
  int error_number = 0;     // 0, or the errno of the read that failed
  bool over_limit = false;  // stopped at `limit` bytes with more to come
  std::size_t bytes = 0;    // how many bytes were appended
};

// ReadStream()
//
// Appends what can be read from `fd` to `*out`, until end of file or until
// `limit` bytes were appended (then one more byte is read and kept, to tell
// that the stream is longer: `over_limit`). `size_hint` is the expected size (0
// when unknown); a stream that turns out longer stops just past it, with `grew`
// set. May throw std::bad_alloc.
ReadResult ReadStream(int fd, std::size_t size_hint, std::size_t limit,
                      ByteBuffer* out);

// ReadOnce()
//
// Appends what one read(2) of at most `max` bytes from `fd` gives to `*out`
// (retrying on EINTR): 0 bytes at end of file, fewer than `max` when the
// stream has no more for now. May throw std::bad_alloc.
ReadResult ReadOnce(int fd, std::size_t max, ByteBuffer* out);

// FileReader
//
// Reads files for one thread, with read(2) into one buffer kept for the next
// file. Not thread-safe: use one per thread.
class FileReader {
 public:
  FileReader() = default;
  FileReader(const FileReader&) = delete;
  FileReader& operator=(const FileReader&) = delete;

  // FileReader::Read()
  //
  // Reads the file at `path`, at most `limit` + 1 bytes of it. On success
  // sets `*text` to its bytes, `*over_limit` to whether the file is longer
  // than `limit` (`*text` then holds one byte more), and
  // returns true; on failure sets `*error` to the reason ("No such file or
  // directory", "changed while it was read: ...") and returns false. A
  // regular file whose size or modification time changed while it was read
  // is a failure. May throw std::bad_alloc.
  // Lifetime: `*text` is valid until the next Read() or Release() on this
  // reader or its destruction.
  bool Read(const std::string& path, std::size_t limit, std::string_view* text,
            bool* over_limit, std::string* error);

  // Frees the buffer.
  void Release() { buffer_.Release(); }

 private:
  ByteBuffer buffer_;
};

}  // namespace lede_cli

#endif  // LEDE_SRC_CLI_INPUT_FILES_H_
