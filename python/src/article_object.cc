// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "article_object.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lede/json.h"

namespace lede_python {

namespace {

constexpr std::size_t kBlock = 64;

bool StartsCharacter(char c) {
  return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
}

std::size_t CountCharacters(const char* begin, const char* end) {
  std::size_t count = 0;
  for (const char* p = begin; p != end; ++p) count += StartsCharacter(*p);
  return count;
}

// Converts the offsets of one JSON value in place (see JsonToDict()).
void ConvertOffsets(py::handle value, const CharOffsets& chars,
                    std::string_view text) {
  if (PyList_Check(value.ptr())) {
    const Py_ssize_t size = PyList_GET_SIZE(value.ptr());
    for (Py_ssize_t i = 0; i < size; ++i) {
      ConvertOffsets(PyList_GET_ITEM(value.ptr(), i), chars, text);
    }
    return;
  }
  if (!PyDict_Check(value.ptr())) return;
  py::dict dict = py::reinterpret_borrow<py::dict>(value);
  // Only the model's {"offset": int, ...} objects; a header named "offset"
  // has a string or list value.
  PyObject* offset_value = PyDict_GetItemString(dict.ptr(), "offset");
  if (offset_value != nullptr && PyLong_Check(offset_value)) {
    const auto offset = py::handle(offset_value).cast<std::size_t>();
    const std::size_t start = chars.Convert(text, offset);
    PyObject* length_value = PyDict_GetItemString(dict.ptr(), "length");
    if (length_value != nullptr && PyLong_Check(length_value)) {
      const auto length = dict["length"].cast<std::size_t>();
      dict["length"] = chars.Convert(text, offset + length) - start;
    }
    dict["offset"] = start;
  }
  for (auto item : dict) ConvertOffsets(item.second, chars, text);
}

}  // namespace

InputText ReadInput(py::handle obj) {
  PyObject* object = obj.ptr();
  if (PyUnicode_Check(object)) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(object, &size);
    if (data == nullptr) throw py::error_already_set();
    return {std::string_view(data, static_cast<std::size_t>(size)), true,
            PyUnicode_IS_ASCII(object) != 0};
  }
  if (PyBytes_Check(object)) {
    return {
        std::string_view(PyBytes_AS_STRING(object),
                         static_cast<std::size_t>(PyBytes_GET_SIZE(object))),
        false, true};
  }
  throw py::type_error(std::string("expected str or bytes, not ") +
                       Py_TYPE(object)->tp_name);
}

CharOffsets::CharOffsets(std::string_view text) {
  blocks_.reserve(text.size() / kBlock + 1);
  std::size_t count = 0;
  std::size_t start = 0;
  for (; start + kBlock <= text.size(); start += kBlock) {
    blocks_.push_back(count);
    count += CountCharacters(text.data() + start, text.data() + start + kBlock);
  }
  blocks_.push_back(count);
}

std::size_t CharOffsets::Convert(std::string_view text,
                                 std::size_t byte) const {
  if (byte > text.size()) byte = text.size();
  const std::size_t block = byte / kBlock;
  return blocks_[block] +
         CountCharacters(text.data() + block * kBlock, text.data() + byte);
}

std::unique_ptr<PyArticle> MakeArticle(const lede::ArticleView& view,
                                       const InputText& input,
                                       std::optional<std::string> source) {
  auto article = std::make_unique<PyArticle>(lede::Article(view), input.is_str,
                                             std::move(source));
  if (input.is_str && !input.ascii) {
    article->chars = CharOffsets(article->article->input);
  }
  return article;
}

void AppendArticleJson(const lede::ArticleView& view, std::string_view source,
                       std::string* out) {
  lede::JsonOptions options;
  options.source = source;
  lede::ToJson(view, options, out);
}

py::object JsonToDict(std::string_view json, const CharOffsets& chars,
                      std::string_view text, bool keep_source) {
  static py::handle loads =
      py::object(py::module_::import("json").attr("loads")).release();
  py::object dict = loads(py::str(json.data(), json.size()));
  if (!keep_source && PyDict_Check(dict.ptr())) {
    PyDict_DelItemString(dict.ptr(), "source");
    PyErr_Clear();  // a JSON shape without "source" is fine too
  }
  if (!chars.identity()) ConvertOffsets(dict, chars, text);
  return dict;
}

py::handle ModelType(const char* name) {
  // Leaked on purpose: Python objects must not be released by static
  // destructors after the interpreter has finalised.
  static auto* cache = new std::unordered_map<std::string, py::handle>();
  auto it = cache->find(name);
  if (it != cache->end()) return it->second;
  static py::handle model = py::module_::import("lede._model").release();
  py::handle type = py::object(model.attr(name)).release();
  cache->emplace(name, type);
  return type;
}

void ThrowParseError(const absl::Status& status) {
  const std::string message(status.message().data(), status.message().size());
  PyErr_SetObject(ModelType("ParseError").ptr(), py::str(message).ptr());
  throw py::error_already_set();
}

}  // namespace lede_python
