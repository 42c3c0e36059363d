#include "server/site.hpp"

#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>

#include "core/timestamp.hpp"
#include "server/format.hpp"
#include "server/layout.hpp"
#include "server/password.hpp"

namespace lens::server {
namespace {

const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'";

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

}  // namespace

std::string Context::param(const std::string& name) const {
  if (req.is_multipart_form_data()) {
    if (req.has_file(name)) return req.get_file_value(name).content;
  }
  return req.has_param(name) ? req.get_param_value(name) : "";
}

std::string Context::cookie(const std::string& name) const {
  std::string header = req.get_header_value("Cookie");
  std::size_t pos = 0;
  while (pos <= header.size()) {
    std::size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string part = trim(header.substr(pos, end - pos));
    auto eq = part.find('=');
    if (eq != std::string::npos && part.substr(0, eq) == name) return part.substr(eq + 1);
    pos = end + 1;
  }
  return "";
}

void Context::page(const std::string& tmpl, nlohmann::json data, int status) {
  std::string body = site_.templates().render(tmpl, data);
  nlohmann::json frame = layout_data(*this, data);
  frame["body"] = body;
  res.status = status;
  res.set_content(site_.templates().render("layout", frame), "text/html; charset=utf-8");
}

void Context::json(const nlohmann::json& body, int status) {
  res.status = status;
  res.set_content(body.dump(), "application/json");
}

void Context::redirect(const std::string& to) {
  res.status = 303;
  res.set_header("Location", to);
}

void Context::error_page(int status, const std::string& title, const std::string& message) {
  page("error", {{"title", title}, {"message", message}}, status);
}

void Context::set_cookie(const std::string& name, const std::string& value,
                         std::int64_t max_age) {
  res.set_header("Set-Cookie", fmt::format("{}={}; Path=/; Max-Age={}; HttpOnly; Secure; "
                                           "SameSite=Strict",
                                           name, value, max_age));
}

void Context::audit(const std::string& action, const std::string& record,
                    const std::string& reason, const std::string& outcome,
                    const std::string& username) {
  std::string user = !username.empty() ? username : who ? who->user.username : "";
  std::string org = who && username.empty() ? who->organisation.name : "";
  store_.audit().append({user, org, action, record, reason, outcome});
}

Site::Site(ServerOptions options)
    : options_(std::move(options)), templates_(options_.web_root + "/templates") {
  if (!options_.open_store) throw std::invalid_argument("the web server needs a store");
  if (!options_.tls_cert.empty() || !options_.tls_key.empty()) {
    auto ssl = std::make_unique<httplib::SSLServer>(options_.tls_cert.c_str(),
                                                    options_.tls_key.c_str());
    if (!ssl->is_valid())
      throw std::runtime_error("cannot use the TLS certificate " + options_.tls_cert +
                               " and key " + options_.tls_key +
                               ": check both are readable PEM files and belong together");
    http_ = std::move(ssl);
  } else {
    http_ = std::make_unique<httplib::Server>();
  }
  int threads = options_.threads;
  http_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http_->set_payload_max_length(options_.max_upload_bytes);
  http_->set_keep_alive_max_count(1000);
  httplib::Headers headers = {
      {"Content-Security-Policy", kContentSecurityPolicy},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
      {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"},
  };
  if (!options_.tls_cert.empty())
    headers.emplace("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  http_->set_default_headers(headers);

  namespace fs = std::filesystem;
  const std::string& root = options_.web_root;
  const std::string npm = root + "/node_modules";
  std::vector<std::pair<std::string, std::string>> mounts = {
      {"/static", root + "/static"},
      {"/assets", npm + "/govuk-frontend/dist/govuk/assets"},
      {"/vendor/govuk", npm + "/govuk-frontend/dist/govuk"},
      {"/vendor/chart.js", npm + "/chart.js/dist"},
  };
  for (const auto& [at, dir] : mounts) {
    if (!fs::is_directory(dir)) {
      fmt::print(stderr,
                 "lens: web assets missing ({}); pages will be unstyled. Run scripts/install-deps "
                 "(it runs npm ci in web/).\n",
                 dir);
      continue;
    }
    http_->set_mount_point(at, dir);
  }
  http_->set_file_extension_and_mimetype_mapping("mjs", "text/javascript");
  http_->set_file_extension_and_mimetype_mapping("woff2", "font/woff2");

  http_->set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string title = res.status == 404   ? "Page not found"
                        : res.status == 413 ? "File too large"
                        : res.status == 400 ? "Bad request"
                                            : "Something went wrong";
    std::string msg = res.status == 404 ? "If you typed the web address, check it is correct."
                      : res.status == 413
                          ? fmt::format("Files of up to {} MB can be uploaded.",
                                        options_.max_upload_bytes >> 20)
                          : "Try again. If it keeps happening, tell your administrator.";
    if (req.path.rfind("/api/", 0) == 0) {
      res.set_content(nlohmann::json{{"error", title}}.dump(), "application/json");
      return;
    }
    res.set_content("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
                        title + " - Lens</title><link rel=\"stylesheet\" "
                        "href=\"/vendor/govuk/govuk-frontend.min.css\"></head><body "
                        "class=\"govuk-template__body\"><main class=\"govuk-main-wrapper "
                        "govuk-width-container\"><h1 class=\"govuk-heading-l\">" +
                        title + "</h1><p class=\"govuk-body\">" + msg +
                        "</p><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Go to "
                        "the start</a></p></main></body></html>",
                    "text/html; charset=utf-8");
  });
}

Site::~Site() { stop(); }

std::int64_t Site::now() const {
  if (options_.clock) return options_.clock();
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void Site::get(const std::string& pattern, RouteRule rule, Handler handler) {
  route("GET", pattern, rule, std::move(handler));
}
void Site::post(const std::string& pattern, RouteRule rule, Handler handler) {
  route("POST", pattern, rule, std::move(handler));
}

void Site::route(const std::string& method, const std::string& pattern, RouteRule rule,
                 Handler handler) {
  auto run = [this, rule, handler = std::move(handler)](const httplib::Request& req,
                                                         httplib::Response& res) {
    serve(req, res, rule, handler);
  };
  if (method == "GET")
    http_->Get(pattern, run);
  else
    http_->Post(pattern, run);
}

Store& Site::thread_store() {
  // Worker threads belong to one server and end with it, so a thread's store is this site's.
  thread_local std::unique_ptr<Store> store;
  thread_local const Site* owner = nullptr;
  if (!store || owner != this) {
    store = options_.open_store();
    owner = this;
  }
  return *store;
}

void Site::serve(const httplib::Request& req, httplib::Response& res, const RouteRule& rule,
                 const Handler& handler) {
  res.set_header("Cache-Control", "no-store");
  try {
    Context ctx(*this, req, res, thread_store(), now());
    // Who is asking.
    std::string token = ctx.cookie(kSessionCookie);
    if (!token.empty()) {
      ctx.session = find_session(ctx.store().accounts(), token, ctx.now, options_.sessions);
      if (ctx.session) {
        auto user = ctx.store().accounts().user(ctx.session->user_id);
        auto org = user ? ctx.store().accounts().organisation(user->organisation_id)
                        : std::nullopt;
        if (user && org && user->active) {
          ctx.who = Principal{*user, *org};
          ctx.session_token = token;
        } else {
          ctx.session.reset();
        }
      }
    }
    if (!rule.public_route && !ctx.who) {
      if (rule.api) return ctx.json({{"error", "sign in first"}}, 401);
      std::string next = req.method == "GET" ? req.target : "/";
      return ctx.redirect("/login?next=" + url_encode(next));
    }
    // A user with a one-off password sets their own before anything else.
    if (ctx.who && ctx.who->user.must_change_password && !rule.api &&
        req.path != "/account/password" && req.path != "/logout")
      return ctx.redirect("/account/password");
    if (rule.permission && !ctx.can(*rule.permission)) {
      if (rule.api) return ctx.json({{"error", "your roles do not allow this"}}, 403);
      return ctx.error_page(403, "You do not have access to this page",
                            "Your roles do not allow it. Ask your administrator if you need it.");
    }
    if (req.method == "POST") {
      std::string sent = ctx.param("csrf");
      std::string expected = ctx.session ? ctx.session->csrf_token : ctx.cookie(kFormCookie);
      if (!same_secret(sent, expected)) {
        if (rule.api) return ctx.json({{"error", "missing or wrong CSRF token"}}, 403);
        return ctx.error_page(403, "This form has expired",
                              "Go back, reload the page and submit the form again.");
      }
    }
    handler(ctx);
  } catch (const std::exception& e) {
    fmt::print(stderr, "lens: {} {}: {}\n", req.method, req.path, e.what());
    res.status = 500;
    res.headers.erase("Location");
    if (rule.api)
      res.set_content(nlohmann::json{{"error", "something went wrong"}}.dump(), "application/json");
    else
      res.set_content(
          "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Something "
          "went wrong - Lens</title><link rel=\"stylesheet\" "
          "href=\"/vendor/govuk/govuk-frontend.min.css\"></head><body><main "
          "class=\"govuk-width-container govuk-main-wrapper\"><h1 class=\"govuk-heading-l\">"
          "Something went wrong</h1><p class=\"govuk-body\">Lens could not finish this. Try "
          "again; if it keeps happening, tell your administrator the time it happened.</p>"
          "</main></body></html>",
          "text/html; charset=utf-8");
  }
}

int Site::bind(const std::string& host, int port) {
  int bound = port == 0 ? http_->bind_to_any_port(host) : (http_->bind_to_port(host, port) ? port : -1);
  if (bound < 0)
    throw std::runtime_error(fmt::format("cannot listen on {}:{}; is another program using it?",
                                         host, port));
  return bound;
}

void Site::listen() { http_->listen_after_bind(); }

void Site::stop() {
  if (http_) http_->stop();
}

}  // namespace lens::server
