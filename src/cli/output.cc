// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "output.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

namespace lede_cli {
namespace {

// 0 while every write to stdout succeeded, else the first failure's errno.
std::atomic<int> stdout_error{0};

}  // namespace

int WriteAll(int fd, std::string_view text) {
  const char* p = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const ssize_t n = write(fd, p, left);
    if (n < 0) {
      const int error_number = errno;  // before anything else can change it
      if (error_number == EINTR) continue;
      return error_number;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return 0;
}

bool WriteStdout(std::string_view text) {
  if (stdout_error.load(std::memory_order_relaxed) != 0) return false;
  const int error_number = WriteAll(STDOUT_FILENO, text);
  if (error_number == 0) return true;
  int expected = 0;
  stdout_error.compare_exchange_strong(expected, error_number);
  return false;
}

bool StdoutFailed() { return stdout_error.load() != 0; }

int ReportStdoutFailure(std::string_view command, int status) {
  const int error_number = stdout_error.load();
  if (error_number == 0) return status;
  if (error_number != EPIPE) {
    std::string line = "lede";
    if (!command.empty()) line.push_back(' ');
    line.append(command.data(), command.size());
    line.append(": cannot write the output: ");
    line.append(ErrorText(error_number));
    line.push_back('\n');
    WriteStderr(line);
  }
  return 1;
}

void WriteStderr(std::string_view text) { (void)WriteAll(STDERR_FILENO, text); }

int UsageError(std::string_view command, std::string_view message,
               std::string_view arg, std::string_view usage) {
  std::string name = "lede";
  if (!command.empty()) name.append(" ").append(command.data(), command.size());
  std::string line = name;
  line.append(": ").append(message.data(), message.size());
  if (!arg.empty()) {
    line.append(" \"");
    AppendForMessage(arg, &line);
    line.push_back('"');
  }
  line.append("\n").append(usage.data(), usage.size());
  line.append("; see '").append(name).append(" --help'\n");
  WriteStderr(line);
  return 2;
}

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

std::string ErrorText(int error_number) {
  return std::generic_category().message(error_number);
}

}  // namespace lede_cli
