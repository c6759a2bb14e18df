// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The output of every `lede` command: stdout written with write(2), so that a
// failed write is seen at once with its own errno (stdio would report it at a
// later flush, after other calls have overwritten errno), and one way to say
// that the output could not be written.
//
// A closed pipe ends the run quietly: with SIGPIPE at its default the kernel
// ends the process (status 141 in a shell); with SIGPIPE ignored the write
// fails with EPIPE, nothing is printed, and the command exits 1. Any other
// failure ("No space left on device") is one line on stderr and exit 1.

#ifndef LEDE_SRC_CLI_OUTPUT_H_
#define LEDE_SRC_CLI_OUTPUT_H_

#include <string>
#include <string_view>

namespace lede_cli {

// WriteAll()
//
// Writes all of `text` to `fd`, resuming after partial writes and EINTR.
// Returns 0, or the errno of the write that failed.
int WriteAll(int fd, std::string_view text);

// WriteStdout()
//
// Writes `text` to stdout. Returns false when it fails, and then (and after
// any later call) StdoutFailed() is true; the first failure's errno is kept.
// Thread-safe.
bool WriteStdout(std::string_view text);

// StdoutFailed()
//
// Returns whether a write to stdout has failed. Thread-safe.
bool StdoutFailed();

// ReportStdoutFailure()
//
// When a write to stdout failed, writes "lede <command>: cannot write the
// output: <reason>" to stderr (nothing for a closed pipe) and returns 1;
// otherwise returns `status`.
int ReportStdoutFailure(std::string_view command, int status);

// WriteStderr()
//
// Writes `text` to stderr; a failure there has nowhere to be reported.
void WriteStderr(std::string_view text);

// UsageError()
//
// Writes a usage error in the one style of every `lede` command, and returns
// 2, the exit status of a usage error:
//
//   lede parse: unknown option "--frobnicate"
//   usage: lede parse [options] [FILE|DIR|-]...; see 'lede parse --help'
//
// `command` is "" for the top level; `arg`, when not empty, is quoted with
// its control bytes as \xNN; `usage` is the command's usage line.
int UsageError(std::string_view command, std::string_view message,
               std::string_view arg, std::string_view usage);

// AppendForMessage()
//
// Appends `text` for a one-line message: control bytes become \xNN so that a
// name with a new line in it cannot break the line.
void AppendForMessage(std::string_view text, std::string* out);

// ErrorText()
//
// Returns the text for the errno value `error_number` ("No such file or
// directory").
std::string ErrorText(int error_number);

}  // namespace lede_cli

#endif  // LEDE_SRC_CLI_OUTPUT_H_
