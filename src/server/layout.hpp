// layout.hpp — what every page's frame shows: title, service navigation for the signed-in
// user's permissions (the current section marked), who is signed in, and the sign-out form's
// CSRF token.
#pragma once

#include <nlohmann/json.hpp>

namespace lens::server {

class Context;

nlohmann::json layout_data(const Context& ctx, const nlohmann::json& page);

}  // namespace lens::server
