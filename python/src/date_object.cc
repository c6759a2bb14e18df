// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "date_object.h"

#include <Python.h>
#include <datetime.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "absl/time/civil_time.h"
#include "article_object.h"
#include "lede/date.h"
#include "lede/version.h"

namespace lede_python {
namespace {

struct DateObject {
  PyObject_HEAD lede::DateTime date;
};
// Copied in with placement new and never destroyed: it must stay trivial.
static_assert(std::is_trivially_destructible_v<lede::DateTime>);
// Pickled as its bytes (with the version that wrote them).
static_assert(std::is_trivially_copyable_v<lede::DateTime>);

PyTypeObject* date_type = nullptr;  // owned by the module, set once

const lede::DateTime& DateOf(PyObject* self) {
  return reinterpret_cast<DateObject*>(self)->date;
}

// ---- Options

lede::LanguageList ToLanguages(py::handle value) {
  if (value.is_none()) return lede::LanguageList::All();
  lede::LanguageList list;
  auto add = [&list](py::handle code) {
    const std::string text = ToString("languages", code);
    const std::optional<lede::Language> language = lede::LanguageFromCode(text);
    if (!language) throw py::value_error("unknown language \"" + text + "\"");
    list.Add(*language);
  };
  if (PyUnicode_Check(value.ptr())) {
    add(value);
  } else {
    for (py::handle code : py::iter(value)) add(code);
  }
  if (list.empty()) throw py::value_error("option \"languages\" is empty");
  return list;
}

const lede::DateOptions& DefaultDateOptions() {
  static const auto* options = new lede::DateOptions();
  return *options;
}

// ---- Errors

// The byte offset in an error message's last "at byte N", or -1.
long long ErrorOffset(std::string_view message) {
  constexpr std::string_view kAt = "at byte ";
  const std::size_t at = message.rfind(kAt);
  if (at == std::string_view::npos) return -1;
  std::size_t i = at + kAt.size();
  if (i >= message.size() || message[i] < '0' || message[i] > '9') return -1;
  long long offset = 0;
  for (; i < message.size() && message[i] >= '0' && message[i] <= '9'; ++i) {
    offset = offset * 10 + (message[i] - '0');
  }
  return offset;
}

py::object MakeDateError(const absl::Status& status) {
  const std::string_view message(status.message().data(),
                                 status.message().size());
  const long long offset = ErrorOffset(message);
  py::object offset_object = py::none();
  if (offset >= 0) offset_object = py::int_(offset);
  return ModelType("DateError")(py::str(message.data(), message.size()),
                                offset_object);
}

void SetError(const py::object& error) {
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(error.ptr())),
                  error.ptr());
}

// ---- Date's attributes

PyObject* OptionalString(std::string_view text) {
  if (text.empty()) Py_RETURN_NONE;
  return PyUnicode_FromStringAndSize(text.data(),
                                     static_cast<Py_ssize_t>(text.size()));
}

PyObject* IsoString(const lede::DateTime& date) {
  std::string iso;
  iso.reserve(40);
  date.AppendIso8601(&iso);
  return PyUnicode_FromStringAndSize(iso.data(),
                                     static_cast<Py_ssize_t>(iso.size()));
}

int Microseconds(const lede::DateTime& date) {
  if (date.precision != lede::DatePrecision::kFraction) return 0;
  std::uint64_t value = date.fraction;
  int digits = date.fraction_digits;
  for (; digits > 6; --digits) value /= 10;
  for (; digits < 6; ++digits) value *= 10;
  return static_cast<int>(value);
}

PyObject* ToDatetime(PyObject* self, PyObject* /*unused*/) {
  const lede::DateTime& date = DateOf(self);
  const absl::CivilSecond& c = date.civil;
  if (c.year() < 1 || c.year() > 9999) {
    PyErr_Format(PyExc_ValueError, "year %lld is out of range for datetime",
                 static_cast<long long>(c.year()));
    return nullptr;
  }
  py::object tz = py::none();
  if (date.utc_offset_minutes) {
    py::object delta = py::reinterpret_steal<py::object>(
        PyDelta_FromDSU(0, *date.utc_offset_minutes * 60, 0));
    if (!delta) return nullptr;
    tz = py::reinterpret_steal<py::object>(PyTimeZone_FromOffset(delta.ptr()));
    if (!tz) return nullptr;
  }
  return PyDateTimeAPI->DateTime_FromDateAndTime(
      static_cast<int>(c.year()), c.month(), c.day(), c.hour(), c.minute(),
      c.second(), Microseconds(date), tz.ptr(), PyDateTimeAPI->DateTimeType);
}

PyObject* Alternate(PyObject* self, PyObject* /*unused*/) {
  const std::optional<lede::DateTime> other = DateOf(self).AlternateReading();
  if (!other) Py_RETURN_NONE;
  return NewDate(*other).release().ptr();
}

// Date.__reduce__: (lede._model._restore_date, (bytes, version)); a
// DateTime is trivially copyable, and the version guards its layout.
PyObject* Reduce(PyObject* self, PyObject* /*unused*/) {
  try {
    static py::handle restore =
        py::object(py::module_::import("lede._model").attr("_restore_date"))
            .release();
    const lede::DateTime& date = DateOf(self);
    py::bytes state(reinterpret_cast<const char*>(&date), sizeof date);
    const std::string_view version = lede::Version();
    return py::make_tuple(
               restore,
               py::make_tuple(state, py::str(version.data(), version.size())))
        .release()
        .ptr();
  } catch (py::error_already_set& error) {
    error.restore();
    return nullptr;
  }
}

py::object DateFromBytes(const py::bytes& state, const std::string& version) {
  if (version != lede::Version()) {
    throw py::value_error("a lede.Date pickled by lede " + version +
                          " cannot be read by lede " +
                          std::string(lede::Version()));
  }
  const std::string bytes = state;
  if (bytes.size() != sizeof(lede::DateTime)) {
    throw py::value_error("not a pickled lede.Date");
  }
  lede::DateTime date;
  std::memcpy(static_cast<void*>(&date), bytes.data(), sizeof date);
  return NewDate(date);
}

PyObject* Str(PyObject* self) { return IsoString(DateOf(self)); }

PyObject* Repr(PyObject* self) {
  std::string repr = "lede.Date('";
  DateOf(self).AppendIso8601(&repr);
  repr += "')";
  return PyUnicode_FromStringAndSize(repr.data(),
                                     static_cast<Py_ssize_t>(repr.size()));
}

PyObject* RichCompare(PyObject* a, PyObject* b, int op) {
  if (Py_TYPE(b) != date_type || (op != Py_EQ && op != Py_NE)) {
    Py_RETURN_NOTIMPLEMENTED;
  }
  const bool equal = DateOf(a) == DateOf(b);
  return PyBool_FromLong((op == Py_EQ) == equal);
}

Py_hash_t Hash(PyObject* self) {
  PyObject* iso = IsoString(DateOf(self));
  if (iso == nullptr) return -1;
  const Py_hash_t hash = PyObject_Hash(iso);
  Py_DECREF(iso);
  return hash;
}

void Dealloc(PyObject* self) {
  PyTypeObject* type = Py_TYPE(self);
  PyObject_Free(self);
  Py_DECREF(type);
}

template <bool lede::DateTime::*field>
PyObject* GetFlag(PyObject* self, void* /*unused*/) {
  return PyBool_FromLong(DateOf(self).*field);
}

PyObject* GetCivil(PyObject* self, void* which) {
  const absl::CivilSecond& c = DateOf(self).civil;
  switch (reinterpret_cast<std::intptr_t>(which)) {
    case 0:
      return PyLong_FromLongLong(static_cast<long long>(c.year()));
    case 1:
      return PyLong_FromLong(c.month());
    case 2:
      return PyLong_FromLong(c.day());
    case 3:
      return PyLong_FromLong(c.hour());
    case 4:
      return PyLong_FromLong(c.minute());
    default:
      return PyLong_FromLong(c.second());
  }
}

PyGetSetDef kGetSet[] = {
    {"iso", [](PyObject* self, void*) { return IsoString(DateOf(self)); },
     nullptr,
     "ISO 8601 at exactly the precision, with 'Z' or '+09:00' when an offset "
     "is known: '2024-03-25', '2024-03-25T10:05:30.250+09:00'.",
     nullptr},
    {"precision",
     [](PyObject* self, void*) {
       const std::string_view name =
           lede::DatePrecisionName(DateOf(self).precision);
       return PyUnicode_FromStringAndSize(name.data(),
                                          static_cast<Py_ssize_t>(name.size()));
     },
     nullptr, "'year', 'month', 'day', 'minute', 'second' or 'fraction'.",
     nullptr},
    {"year", GetCivil, nullptr, "The year.", reinterpret_cast<void*>(0)},
    {"month", GetCivil, nullptr, "The month, 1-12 (1 below month precision).",
     reinterpret_cast<void*>(1)},
    {"day", GetCivil, nullptr, "The day of the month (1 below day precision).",
     reinterpret_cast<void*>(2)},
    {"hour", GetCivil, nullptr, "The hour (0 below minute precision).",
     reinterpret_cast<void*>(3)},
    {"minute", GetCivil, nullptr, "The minute (0 below minute precision).",
     reinterpret_cast<void*>(4)},
    {"second", GetCivil, nullptr, "The second (0 below second precision).",
     reinterpret_cast<void*>(5)},
    {"fraction",
     [](PyObject* self, void*) {
       return PyLong_FromUnsignedLongLong(DateOf(self).fraction);
     },
     nullptr,
     "The fraction of a second as written: the value of its fraction_digits "
     "digits ('30.250' gives 250).",
     nullptr},
    {"fraction_digits",
     [](PyObject* self, void*) {
       return PyLong_FromLong(DateOf(self).fraction_digits);
     },
     nullptr, "How many fractional-second digits were written.", nullptr},
    {"offset_minutes",
     [](PyObject* self, void*) {
       const std::optional<int>& offset = DateOf(self).utc_offset_minutes;
       if (!offset) Py_RETURN_NONE;
       return PyLong_FromLong(*offset);
     },
     nullptr,
     "The UTC offset in minutes east of UTC, or None when no zone was written "
     "(or the zone was ambiguous).",
     nullptr},
    {"zone",
     [](PyObject* self, void*) { return OptionalString(DateOf(self).zone()); },
     nullptr, "The zone abbreviation as written ('EDT', 'UTC', 'Z'), or None.",
     nullptr},
    {"zone_name",
     [](PyObject* self, void*) {
       return OptionalString(DateOf(self).zone_name());
     },
     nullptr,
     "The IANA zone the offset was resolved in ('America/New_York'), or None.",
     nullptr},
    {"zone_ambiguous", GetFlag<&lede::DateTime::zone_ambiguous>, nullptr,
     "True when the abbreviation names several offsets ('IST'); "
     "offset_minutes is then None.",
     nullptr},
    {"day_month_ambiguous", GetFlag<&lede::DateTime::day_month_ambiguous>,
     nullptr,
     "True when a numeric date could be read either way ('03/04/2024'); see "
     "alternate().",
     nullptr},
    {"year_expanded", GetFlag<&lede::DateTime::year_expanded>, nullptr,
     "True when a two-digit year was expanded.", nullptr},
    {"weekday",
     [](PyObject* self, void*) {
       const std::optional<absl::Weekday>& weekday = DateOf(self).weekday;
       if (!weekday) Py_RETURN_NONE;
       return PyLong_FromLong(static_cast<long>(*weekday));
     },
     nullptr,
     "The weekday the text named, 0 for Monday to 6 for Sunday (as "
     "datetime.weekday()), or None.",
     nullptr},
    {"weekday_mismatch", GetFlag<&lede::DateTime::weekday_mismatch>, nullptr,
     "True when the named weekday contradicts the date (allowed by "
     "allow_weekday_mismatch=True).",
     nullptr},
    {"zone_assumed", GetFlag<&lede::DateTime::zone_assumed>, nullptr,
     "True when no zone was written and default_zone was applied.", nullptr},
    {"language",
     [](PyObject* self, void*) {
       const std::optional<lede::Language>& language = DateOf(self).language;
       if (!language) Py_RETURN_NONE;
       return OptionalString(lede::LanguageCode(*language));
     },
     nullptr,
     "The ISO 639-1 code of the language whose words were read ('en'), or "
     "None for a date in digits.",
     nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

PyMethodDef kMethods[] = {
    {"to_datetime", ToDatetime, METH_NOARGS,
     "to_datetime() -> datetime.datetime\n\nTimezone-aware exactly when an "
     "offset is known, naive otherwise; fields below the precision at their "
     "minimum, the fraction cut to microseconds."},
    {"__reduce__", Reduce, METH_NOARGS, "Pickles the date exactly."},
    {"alternate", Alternate, METH_NOARGS,
     "alternate() -> Date | None\n\nThe date with day and month swapped when "
     "day_month_ambiguous, else None."},
    {nullptr, nullptr, 0, nullptr},
};

constexpr char kDateDoc[] =
    "A date as written, from lede.parse_date() or an article's date/updated.\n"
    "\n"
    "It says exactly what the text said: its precision, its UTC offset or "
    "that\nnone was written (never taken as UTC), the zone as written, and "
    "flags for\nwhat was ambiguous. str(date) and date.iso are ISO 8601 at the "
    "precision.";

// ---- parse_date() and parse_dates()

// Reads fastcall keyword arguments into DateOptions.
lede::DateOptions OptionsFromKeywords(PyObject* const* values,
                                      PyObject* kwnames) {
  lede::DateOptions options;
  const Py_ssize_t count = PyTuple_GET_SIZE(kwnames);
  for (Py_ssize_t i = 0; i < count; ++i) {
    PyObject* name = PyTuple_GET_ITEM(kwnames, i);
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(name, &size);
    if (data == nullptr) throw py::error_already_set();
    const std::string_view key(data, static_cast<std::size_t>(size));
    if (!SetDateOption(key, values[i], &options)) {
      throw py::type_error("unknown option \"" + std::string(key) + "\"");
    }
  }
  return options;
}

PyObject* ParseDateFunction(PyObject* /*module*/, PyObject* const* args,
                            Py_ssize_t nargs, PyObject* kwnames) {
  if (nargs != 1) {
    PyErr_SetString(PyExc_TypeError,
                    "parse_date() takes one positional argument, the text");
    return nullptr;
  }
  try {
    const InputText input = ReadInput(args[0]);
    absl::StatusOr<lede::DateTime> date;
    if (kwnames == nullptr || PyTuple_GET_SIZE(kwnames) == 0) {
      date = lede::ParseDate(input.bytes, DefaultDateOptions());
    } else {
      date =
          lede::ParseDate(input.bytes, OptionsFromKeywords(args + 1, kwnames));
    }
    if (!date.ok()) {
      SetError(MakeDateError(date.status()));
      return nullptr;
    }
    return NewDate(*date).release().ptr();
  } catch (py::error_already_set& error) {
    error.restore();
  } catch (py::builtin_exception& error) {
    error.set_error();
  }
  return nullptr;
}

py::list ParseDates(py::handle strings, const std::string& errors, bool iso,
                    const py::kwargs& kwargs) {
  enum class Errors { kNone, kRaise, kReturn } mode;
  if (errors == "none") {
    mode = Errors::kNone;
  } else if (errors == "raise") {
    mode = Errors::kRaise;
  } else if (errors == "return") {
    mode = Errors::kReturn;
  } else {
    throw py::value_error(
        "errors must be \"none\", \"raise\" or \"return\", not \"" + errors +
        "\"");
  }
  lede::DateOptions options = DefaultDateOptions();
  for (auto item : kwargs) {
    const std::string key = item.first.cast<std::string>();
    if (!SetDateOption(key, item.second, &options)) {
      throw py::type_error("unknown option \"" + key + "\"");
    }
  }
  py::object sequence = py::reinterpret_steal<py::object>(
      PySequence_Fast(strings.ptr(), "parse_dates() needs an iterable"));
  if (!sequence) throw py::error_already_set();
  const Py_ssize_t size = PySequence_Fast_GET_SIZE(sequence.ptr());
  PyObject** items = PySequence_Fast_ITEMS(sequence.ptr());
  py::list out(size);
  std::string buffer;
  for (Py_ssize_t i = 0; i < size; ++i) {
    const InputText input = ReadInput(items[i]);
    const absl::StatusOr<lede::DateTime> date =
        lede::ParseDate(input.bytes, options);
    PyObject* value = nullptr;
    if (date.ok()) {
      if (iso) {
        buffer.clear();
        date->AppendIso8601(&buffer);
        value = PyUnicode_FromStringAndSize(
            buffer.data(), static_cast<Py_ssize_t>(buffer.size()));
        if (value == nullptr) throw py::error_already_set();
      } else {
        value = NewDate(*date).release().ptr();
      }
    } else if (mode == Errors::kNone) {
      value = Py_NewRef(Py_None);
    } else {
      py::object error = MakeDateError(date.status());
      error.attr("index") = i;
      if (mode == Errors::kRaise) {
        SetError(error);
        throw py::error_already_set();
      }
      value = error.release().ptr();
    }
    PyList_SET_ITEM(out.ptr(), i, value);
  }
  return out;
}

PyMethodDef kParseDate = {
    "parse_date",
    reinterpret_cast<PyCFunction>(
        reinterpret_cast<void (*)()>(ParseDateFunction)),
    METH_FASTCALL | METH_KEYWORDS,
    "parse_date(text, **options) -> lede.Date\n\n"
    "Parses a string (or bytes) holding exactly one date. Raises "
    "lede.DateError\n(a ValueError) with .message and .offset (a byte offset "
    "into the UTF-8\ntext) when it is not a date. Options: day_first, "
    "allow_two_digit_year,\nlanguages, allow_weekday_mismatch, "
    "unix_timestamps, default_zone."};

}  // namespace

bool ToBool(std::string_view key, py::handle value) {
  if (!PyBool_Check(value.ptr())) {
    throw py::type_error("option \"" + std::string(key) + "\" must be a bool");
  }
  return value.ptr() == Py_True;
}

std::string ToString(std::string_view key, py::handle value) {
  if (!PyUnicode_Check(value.ptr())) {
    throw py::type_error("option \"" + std::string(key) + "\" must be a str");
  }
  return value.cast<std::string>();
}

bool SetDateOption(std::string_view key, py::handle value,
                   lede::DateOptions* options) {
  if (key == "day_first") {
    options->day_first = ToBool(key, value);
  } else if (key == "allow_two_digit_year") {
    options->allow_two_digit_year = ToBool(key, value);
  } else if (key == "languages") {
    options->languages = ToLanguages(value);
  } else if (key == "allow_weekday_mismatch") {
    options->allow_weekday_mismatch = ToBool(key, value);
  } else if (key == "unix_timestamps") {
    options->unix_timestamps = ToBool(key, value);
  } else if (key == "default_zone") {
    options->default_zone = value.is_none() ? "" : ToString(key, value);
  } else {
    return false;
  }
  return true;
}

py::object NewDate(const lede::DateTime& date) {
  DateObject* object = PyObject_New(DateObject, date_type);
  if (object == nullptr) throw py::error_already_set();
  new (&object->date) lede::DateTime(date);
  return py::reinterpret_steal<py::object>(reinterpret_cast<PyObject*>(object));
}

void AddDateApi(py::module_& m) {
  PyDateTime_IMPORT;
  if (PyDateTimeAPI == nullptr) throw py::error_already_set();

  PyType_Slot slots[] = {
      {Py_tp_doc, const_cast<char*>(kDateDoc)},
      {Py_tp_dealloc, reinterpret_cast<void*>(Dealloc)},
      {Py_tp_getset, kGetSet},
      {Py_tp_methods, kMethods},
      {Py_tp_str, reinterpret_cast<void*>(Str)},
      {Py_tp_repr, reinterpret_cast<void*>(Repr)},
      {Py_tp_richcompare, reinterpret_cast<void*>(RichCompare)},
      {Py_tp_hash, reinterpret_cast<void*>(Hash)},
      {0, nullptr},
  };
  PyType_Spec spec = {"lede.Date", sizeof(DateObject), 0,
                      Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION,
                      slots};
  PyObject* type = PyType_FromSpec(&spec);
  if (type == nullptr) throw py::error_already_set();
  date_type = reinterpret_cast<PyTypeObject*>(type);
  m.add_object("Date", type);  // the module keeps the reference

  py::object parse_date = py::reinterpret_steal<py::object>(
      PyCFunction_NewEx(&kParseDate, nullptr, m.attr("__name__").ptr()));
  if (!parse_date) throw py::error_already_set();
  m.add_object("parse_date", parse_date);

  m.def("_date_from_bytes", &DateFromBytes,
        "Restores a pickled lede.Date (see Date.__reduce__).");
  m.def("parse_dates", &ParseDates, py::arg("strings"), py::kw_only(),
        py::arg("errors") = "none", py::arg("iso") = false, R"doc(
parse_dates(strings, *, errors="none", iso=False, **options) -> list

Parses a column of dates in one call, with the options read once: one
result per string, in order, each a lede.Date (or its ISO string when
iso=True). A string that is not a date gives None (errors="none"), raises
its DateError, with .index, (errors="raise"), or gives the DateError in its
place (errors="return"). Options as parse_date().)doc");
}

}  // namespace lede_python
