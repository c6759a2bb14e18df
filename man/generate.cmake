# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
#
# Writes the man page lede(1) from the command's own help, so that the two
# never disagree: `lede --help` is the synopsis and description, and
# `lede parse --help` and `lede date --help` are sections of their own. With
# help2man (Debian: help2man) the page is help2man's; without it, the same
# texts go into a plain page written here.
#
#   cmake -D LEDE=path/to/lede -D OUT=lede.1 [-D HELP2MAN=path] -P generate.cmake

cmake_minimum_required(VERSION 3.25)

foreach(command "--help" "parse;--help" "date;--help" "--version")
  execute_process(COMMAND "${LEDE}" ${command} OUTPUT_VARIABLE text
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${LEDE} ${command} failed (${result})")
  endif()
  string(REPLACE ";" "_" key "${command}")
  set("help_${key}" "${text}")
endforeach()

# roff: a backslash is \e, and a line may not start with . or '.
function(to_roff text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

to_roff("${help_parse_--help}" parse_text)
to_roff("${help_date_--help}" date_text)
set(sections "[COMMAND: PARSE]\n.nf\n${parse_text}.fi\n\n[COMMAND: DATE]\n.nf\n${date_text}.fi\n\n")
string(APPEND sections "[EXIT STATUS]\n0 when every input was read or every string was a date; 1 when one was not, or when the output could not be written; 2 on a usage error.\n\n")
string(APPEND sections "[SEE ALSO]\nThe README of lede, and the header files lede/article.h, lede/json.h and lede/encoding.h for the library the command is built on.\n")

if(HELP2MAN)
  get_filename_component(dir "${OUT}" DIRECTORY)
  file(WRITE "${dir}/lede-man-include.txt" "${sections}")
  execute_process(COMMAND "${HELP2MAN}" --no-info --no-discard-stderr
      --name "turn news and blog articles into structured metadata"
      --section 1 --include "${dir}/lede-man-include.txt"
      --output "${OUT}" "${LEDE}"
    RESULT_VARIABLE result)
  if(result EQUAL 0)
    return()
  endif()
  message(WARNING "help2man failed (${result}); writing a plain page")
endif()

string(REGEX REPLACE "^lede ([^\n]*)\n.*" "\\1" version "${help_--version}")
to_roff("${help_--help}" top_text)
string(REGEX REPLACE "\\[([^]\n]*)\\]\n" ".SH \"\\1\"\n" body "${sections}")
file(WRITE "${OUT}" ".TH LEDE 1 \"\" \"lede ${version}\" \"User Commands\"
.SH NAME
lede \\- turn news and blog articles into structured metadata
.SH DESCRIPTION
.nf
${top_text}.fi
${body}")
