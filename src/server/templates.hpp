// templates.hpp — HTML pages from Mustache templates (web/templates/*.mustache).
//
// Every `{{value}}` is HTML-escaped by the engine (& < > " '), so anything a user or a file
// supplied is safe to show; `{{{raw}}}` is used only for HTML that Lens itself rendered (a page
// body inside the layout). Templates whose names start with `_` are partials any page can include (`{{> _name}}`).
// Data is JSON: objects, arrays, strings and booleans as Mustache expects (an empty string is
// false, so a section over an optional field shows only when it has a value); numbers are shown as
// JSON writes them, so callers format numbers for people before passing them. Templates are
// read once, when the object is made; a missing directory or a template that does not parse
// throws std::runtime_error naming the file. render() is const and thread-safe.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace lens::server {

class Templates {
 public:
  explicit Templates(const std::string& dir);
  // Throws std::runtime_error for an unknown template name.
  std::string render(const std::string& name, const nlohmann::json& data) const;

 private:
  std::map<std::string, std::string> sources_;
};

}  // namespace lens::server
