// site.hpp — the web application's frame: routes, the signed-in user, access checks, CSRF,
// security headers, pages in the layout, JSON, and one store connection per server thread.
//
// Every route declares who may use it (a RouteRule); the frame enforces that before the handler
// runs, so a handler never sees a request it should not: not signed in → the sign-in page (303)
// or 401 for the API; signed in without the permission → 403. Every POST must carry the
// session's CSRF token (or, for the public sign-in form, the token of its cookie) or it is
// refused with 403 before the handler runs. Every response carries the security headers
// (a Content-Security-Policy that allows no inline script or style, nosniff, no framing,
// no referrer); pages and API answers also `Cache-Control: no-store`.
//
// Handlers run on the server's worker threads; Context::store() is that thread's own store
// connection (Store objects are one-thread-at-a-time). An exception escaping a handler becomes
// a 500 page saying nothing of the internals; the message goes to stderr.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "server/access.hpp"
#include "server/login_throttle.hpp"
#include "server/sessions.hpp"
#include "server/templates.hpp"
#include "store/store.hpp"

namespace lens::server {

struct ServerOptions {
  std::function<std::unique_ptr<Store>()> open_store;
  std::string web_root;  // holds templates/, static/ and node_modules/
  std::function<std::int64_t()> clock;  // seconds since 1970 UTC; the system clock if empty
  SessionPolicy sessions;
  ThrottlePolicy throttle;
  std::string tls_cert, tls_key;  // PEM files; both set = HTTPS (and Strict-Transport-Security)
  std::string targets_file;  // the partnership's targets (measures/targets.hpp); empty: no RAG
  std::size_t max_upload_bytes = 64u << 20;
  int threads = 64;  // one per open connection: keep-alive connections hold a thread
};

struct RouteRule {
  bool public_route = false;             // no sign-in needed (sign-in page, static help)
  std::optional<Permission> permission;  // needed on top of being signed in
  bool api = false;                      // answers in JSON, 401 instead of a redirect

  static RouteRule open() {
    RouteRule r;
    r.public_route = true;
    return r;
  }
  static RouteRule signed_in() { return RouteRule(); }
  static RouteRule needs(Permission p) {
    RouteRule r;
    r.permission = p;
    return r;
  }
  static RouteRule api_needs(Permission p) {
    RouteRule r = needs(p);
    r.api = true;
    return r;
  }
};

class Site;

class Context {
 public:
  Context(Site& site, const httplib::Request& req, httplib::Response& res, Store& store,
          std::int64_t now)
      : req(req), res(res), now(now), site_(site), store_(store) {}

  const httplib::Request& req;
  httplib::Response& res;
  const std::int64_t now;
  std::optional<Principal> who;
  std::optional<SessionRecord> session;
  std::string session_token;  // the cookie's token, when signed in

  Store& store() { return store_; }
  const Site& site() const { return site_; }
  // A query or form field (urlencoded or multipart), "" when absent.
  std::string param(const std::string& name) const;
  std::string match(std::size_t i) const { return req.matches.size() > i ? req.matches[i].str() : ""; }
  std::string cookie(const std::string& name) const;

  // Renders `tmpl` inside the layout with `data` (title from data["title"]).
  void page(const std::string& tmpl, nlohmann::json data, int status = 200);
  void json(const nlohmann::json& body, int status = 200);
  void redirect(const std::string& to);  // 303 See Other
  void error_page(int status, const std::string& title, const std::string& message);
  void set_cookie(const std::string& name, const std::string& value, std::int64_t max_age);
  // Appends to the audit log as the signed-in user (or `username` when given).
  void audit(const std::string& action, const std::string& record, const std::string& reason,
             const std::string& outcome, const std::string& username = "");
  bool can(Permission p) const { return who && has_permission(*who, p); }

 private:
  Site& site_;
  Store& store_;
};

using Handler = std::function<void(Context&)>;

class Site {
 public:
  explicit Site(ServerOptions options);
  ~Site();
  Site(const Site&) = delete;
  Site& operator=(const Site&) = delete;

  void get(const std::string& pattern, RouteRule rule, Handler handler);
  void post(const std::string& pattern, RouteRule rule, Handler handler);

  const ServerOptions& options() const { return options_; }
  const Templates& templates() const { return templates_; }
  httplib::Server& http() { return *http_; }
  std::int64_t now() const;

  // Binds to host:port (0 = any free port) and returns the port; throws on failure.
  int bind(const std::string& host, int port);
  void listen();  // serves until stop()
  void stop();

  static constexpr const char* kSessionCookie = "lens_session";
  static constexpr const char* kFormCookie = "lens_form";  // CSRF for the sign-in form

 private:
  void route(const std::string& method, const std::string& pattern, RouteRule rule,
             Handler handler);
  void serve(const httplib::Request& req, httplib::Response& res, const RouteRule& rule,
             const Handler& handler);
  Store& thread_store();

  ServerOptions options_;
  Templates templates_;
  std::unique_ptr<httplib::Server> http_;
};

}  // namespace lens::server
