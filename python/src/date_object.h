// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// lede.Date, lede.parse_date() and lede.parse_dates(), written against the
// CPython API rather than through pybind11's class machinery: a Date is one
// allocation holding its lede::DateTime inline, and parse_date() is a
// vectorcall function, because for a date the binding's per-call cost is most
// of the cost.

#ifndef LEDE_PYTHON_SRC_DATE_OBJECT_H_
#define LEDE_PYTHON_SRC_DATE_OBJECT_H_

#include <pybind11/pybind11.h>

#include <string_view>

#include "absl/status/status.h"
#include "lede/date.h"

namespace lede_python {

namespace py = pybind11;

// AddDateApi()
//
// Creates the Date type and adds Date, parse_date and parse_dates to `m`.
void AddDateApi(py::module_& m);

// NewDate()
//
// Returns a new lede.Date holding a copy of `date`. Needs AddDateApi() first.
py::object NewDate(const lede::DateTime& date);

// SetDateOption()
//
// Sets the DateOptions field named `key` from `value` (raising TypeError or
// ValueError for a bad value); returns false when no field has that name.
bool SetDateOption(std::string_view key, py::handle value,
                   lede::DateOptions* options);

// Option value checks shared with the article options.
bool ToBool(std::string_view key, py::handle value);
std::string ToString(std::string_view key, py::handle value);

}  // namespace lede_python

#endif  // LEDE_PYTHON_SRC_DATE_OBJECT_H_
