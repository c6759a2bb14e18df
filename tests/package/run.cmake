# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
#
# ctest's package.consumers: installs the built lede to a temporary prefix,
# checks the installed files and that every version agrees, then builds and
# runs tests/package (with the README's embedding example) three ways:
# find_package(), pkg-config, and add_subdirectory().
#
# Inputs (-D): LEDE_SOURCE_DIR, LEDE_BINARY_DIR, LEDE_VERSION, WORK_DIR,
# CMAKE_CXX_COMPILER, CMAKE_GENERATOR, BUILD_TYPE, CXX_FLAGS, LINKER_FLAGS.

cmake_minimum_required(VERSION 3.25)

function(run_checked)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result
    OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "failed (${result}): ${ARGN}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
if(NOT BUILD_TYPE)
  set(BUILD_TYPE Release)
endif()

# 1. Install, and check what landed.
run_checked("${CMAKE_COMMAND}" --install "${LEDE_BINARY_DIR}"
  --prefix "${prefix}" --config "${BUILD_TYPE}")
foreach(path
    include/lede/lede.h include/lede/date.h include/lede/article.h
    include/lede/json.h include/lede/table.h include/lede/export.h
    include/lede/version.h include/lede/encoding.h share/lede/lede.schema.json
    bin/lede share/man/man1/lede.1 share/doc/lede/LICENSE
    lib/cmake/lede/lede-config.cmake lib/cmake/lede/lede-config-version.cmake
    lib/cmake/lede/lede-targets.cmake lib/pkgconfig/lede.pc)
  if(NOT EXISTS "${prefix}/${path}")
    message(FATAL_ERROR "the install lacks ${path}")
  endif()
endforeach()
file(GLOB libraries "${prefix}/lib/liblede.*")
if(NOT libraries)
  message(FATAL_ERROR "the install lacks lib/liblede")
endif()
foreach(path include/lede/internal src)
  if(EXISTS "${prefix}/${path}")
    message(FATAL_ERROR "the install must not hold ${path}")
  endif()
endforeach()

# 2. Every version agrees with project().
run_checked("${prefix}/bin/lede" --version)
if(NOT run_output STREQUAL "lede ${LEDE_VERSION}\n")
  message(FATAL_ERROR "lede --version says '${run_output}', not ${LEDE_VERSION}")
endif()
file(READ "${prefix}/include/lede/version.h" version_h)
if(NOT version_h MATCHES "#define LEDE_VERSION_STRING \"${LEDE_VERSION}\"")
  message(FATAL_ERROR "version.h does not say ${LEDE_VERSION}")
endif()
file(READ "${prefix}/lib/pkgconfig/lede.pc" pc)
if(NOT pc MATCHES "Version: ${LEDE_VERSION}")
  message(FATAL_ERROR "lede.pc does not say ${LEDE_VERSION}")
endif()
file(READ "${prefix}/lib/cmake/lede/lede-config-version.cmake" config_version)
if(NOT config_version MATCHES "PACKAGE_VERSION \"${LEDE_VERSION}\"")
  message(FATAL_ERROR "lede-config-version.cmake does not say ${LEDE_VERSION}")
endif()

# 3. The README's embedding example, exactly as the README shows it: the
# ```cpp block after the "embed-example" marker.
file(READ "${LEDE_SOURCE_DIR}/README.md" readme)
string(FIND "${readme}" "<!-- embed-example -->" marker)
if(marker EQUAL -1)
  message(FATAL_ERROR "README.md has no <!-- embed-example --> marker")
endif()
string(SUBSTRING "${readme}" ${marker} -1 readme)
string(FIND "${readme}" "```cpp\n" open)
math(EXPR open "${open} + 7")
string(SUBSTRING "${readme}" ${open} -1 readme)
string(FIND "${readme}" "```" close)
string(SUBSTRING "${readme}" 0 ${close} example)
file(WRITE "${WORK_DIR}/readme_example.cc" "${example}")
file(COPY "${LEDE_SOURCE_DIR}/examples/inline-date.txt"
  DESTINATION "${WORK_DIR}")

set(common_args
  -G "${CMAKE_GENERATOR}"
  "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
  "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
  "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
  "-DCMAKE_EXE_LINKER_FLAGS=${LINKER_FLAGS}"
  "-DLEDE_EXPECTED_VERSION=${LEDE_VERSION}"
  "-DREADME_EXAMPLE=${WORK_DIR}/readme_example.cc")

# 4. find_package(lede) from the prefix.
run_checked("${CMAKE_COMMAND}" -S "${LEDE_SOURCE_DIR}/tests/package"
  -B "${WORK_DIR}/find_package" ${common_args}
  "-DCMAKE_PREFIX_PATH=${prefix}")
run_checked("${CMAKE_COMMAND}" --build "${WORK_DIR}/find_package")
run_checked("${WORK_DIR}/find_package/consumer")
execute_process(COMMAND "${WORK_DIR}/find_package/readme_example"
  "${WORK_DIR}/inline-date.txt" RESULT_VARIABLE result OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
if(NOT result EQUAL 0 OR NOT out MATCHES "2024-03-25")
  message(FATAL_ERROR "the README example failed (${result}): ${out}${err}")
endif()

# 5. pkg-config, with a plain compiler command line.
set(ENV{PKG_CONFIG_PATH} "${prefix}/lib/pkgconfig")
run_checked(pkg-config --cflags --libs lede)
string(STRIP "${run_output}" pkg_flags)
separate_arguments(pkg_flags UNIX_COMMAND "${pkg_flags}")
separate_arguments(extra_flags UNIX_COMMAND "${CXX_FLAGS} ${LINKER_FLAGS}")
run_checked("${CMAKE_CXX_COMPILER}" -std=c++17 ${extra_flags}
  "-DLEDE_EXPECTED_VERSION=\"${LEDE_VERSION}\""
  "${LEDE_SOURCE_DIR}/tests/package/consumer.cc"
  -o "${WORK_DIR}/pkg_config_consumer" ${pkg_flags})
# A plain command line sets no run path: say where a shared liblede is.
set(ENV{LD_LIBRARY_PATH} "${prefix}/lib:$ENV{LD_LIBRARY_PATH}")
run_checked("${WORK_DIR}/pkg_config_consumer")

# 6. add_subdirectory() of the source tree, built as a shared library: the
# consumer must link through the exported public API alone.
run_checked("${CMAKE_COMMAND}" -S "${LEDE_SOURCE_DIR}/tests/package"
  -B "${WORK_DIR}/subdirectory" ${common_args}
  -DLEDE_CONSUMER_MODE=subdirectory "-DLEDE_SOURCE_DIR=${LEDE_SOURCE_DIR}"
  -DBUILD_SHARED_LIBS=ON)
run_checked("${CMAKE_COMMAND}" --build "${WORK_DIR}/subdirectory")
run_checked("${WORK_DIR}/subdirectory/consumer")
file(GLOB shared_libraries "${WORK_DIR}/subdirectory/lede/liblede.so*")
if(NOT shared_libraries)
  message(FATAL_ERROR "BUILD_SHARED_LIBS=ON did not build liblede.so")
endif()
if(EXISTS "${WORK_DIR}/subdirectory/lede/tests")
  message(FATAL_ERROR "add_subdirectory() built lede's tests; options must "
    "default off when lede is not the top-level project")
endif()
message(STATUS "package consumers: find_package, pkg-config, add_subdirectory (shared) ok")
