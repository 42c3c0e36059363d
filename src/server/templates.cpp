#include "server/templates.hpp"

#include <filesystem>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <sstream>
#include <stdexcept>

namespace lens::server {
namespace {

namespace mu = kainjow::mustache;

mu::data to_data(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      mu::data d{mu::data::type::object};
      for (const auto& [k, v] : j.items()) d.set(k, to_data(v));
      return d;
    }
    case nlohmann::json::value_t::array: {
      mu::data d{mu::data::type::list};
      for (const auto& v : j) d.push_back(to_data(v));
      return d;
    }
    case nlohmann::json::value_t::string:
      // Empty text is false, so {{#field}}…{{/field}} shows a row only when there is a value.
      if (j.get_ref<const std::string&>().empty()) return mu::data{mu::data::type::bool_false};
      return mu::data{j.get<std::string>()};
    case nlohmann::json::value_t::boolean:
      return j.get<bool>() ? mu::data{mu::data::type::bool_true}
                           : mu::data{mu::data::type::bool_false};
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
      return mu::data{mu::data::type::bool_false};
    default:
      return mu::data{j.dump()};
  }
}

}  // namespace

Templates::Templates(const std::string& dir) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir))
    throw std::runtime_error("the page templates are missing: " + dir + " is not a directory");
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    mu::mustache check{text.str()};
    if (!check.is_valid())
      throw std::runtime_error(entry.path().string() + ": " + check.error_message());
    sources_[entry.path().stem().string()] = text.str();
  }
}

std::string Templates::render(const std::string& name, const nlohmann::json& data) const {
  auto it = sources_.find(name);
  if (it == sources_.end()) throw std::runtime_error("no page template called " + name);
  mu::data d = to_data(data);
  if (!d.is_object()) d = mu::data{mu::data::type::object};
  for (const auto& [partial_name, source] : sources_) {
    if (partial_name.front() != '_') continue;
    const std::string* text = &source;
    d.set(partial_name, mu::partial([text] { return *text; }));
  }
  mu::mustache page{it->second};
  return page.render(d);
}

}  // namespace lens::server
