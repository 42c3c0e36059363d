// web_server.hpp — the Lens web application: every page and API route on one Site
// (site.hpp), plus what starting a server needs: the first administrator account.
//
// The server binds to one address; plain HTTP is only for loopback (127.0.0.0/8, ::1) — the
// `serve` command refuses anything else without TLS. Stopping is safe from any thread.
#pragma once

#include <memory>
#include <string>

#include "server/site.hpp"

namespace lens::server {

// A Site with every route added.
std::unique_ptr<Site> make_web_server(ServerOptions options);

// Makes sure there is an `admin` user (in a "Partnership business unit" organisation) and gives
// it a new one-off password, which is returned; the change is audited as `by`.
std::string reset_admin(Store& store, const std::string& by);
// True when the store has no users at all (a fresh store).
bool has_no_users(Store& store);

bool is_loopback_address(const std::string& host);

// Where the web assets are unless told: $LENS_WEB_ROOT, else the source tree's web/.
std::string default_web_root();

}  // namespace lens::server
