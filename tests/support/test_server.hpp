// test_server.hpp — the web app on a free loopback port, in-process, over a fresh SQLite store
// with two authorities' children (LA 301 and 302, sample_census), organisations and a user of
// each role the tests need, and a clock the test moves. An httplib client with a tiny cookie jar
// signs in as those users.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <regex>
#include <thread>

#include "server/password.hpp"
#include "server/web_server.hpp"
#include "support/sample_census.hpp"

namespace lens::testing {

inline constexpr const char* kTestPassword = "correct horse battery staple";

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (std::filesystem::temp_directory_path() /
            ("lens-web-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name()))
               .string();
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = dir_ + "/lens.db";
    store_ = open_sqlite_store(path_);
    store_->import_census(sample_census("301", 2017), {"a.xml", "a", "test"});
    store_->import_census(sample_census("302", 2017), {"b.xml", "b", "test"});
    auto& acc = store_->accounts();
    std::int64_t unit = acc.add_organisation({0, "Partnership unit", "partnership_unit", ""});
    std::int64_t council = acc.add_organisation({0, "Council 301", "council_csc", "301"});
    std::int64_t police = acc.add_organisation({0, "Police", "police", ""});
    static const std::string hash = server::hash_password(kTestPassword);
    add_user("admin", unit, {"admin"}, hash);
    add_user("prac", council, {"practitioner"}, hash);
    add_user("manager", council, {"manager", "analyst"}, hash);
    add_user("cop", police, {"practitioner"}, hash);
    add_user("scrutineer", unit, {"scrutineer"}, hash);

    server::ServerOptions o;
    std::string path = path_;
    o.open_store = [path] { return open_sqlite_store(path); };
    o.web_root = std::string(LENS_SOURCE_DIR) + "/web";
    o.clock = [this] { return now_.load(); };
    o.threads = 4;
    o.max_upload_bytes = 1 << 20;
    configure(o);
    site_ = server::make_web_server(std::move(o));
    port_ = site_->bind("127.0.0.1", 0);
    thread_ = std::thread([this] { site_->listen(); });
    while (!site_->http().is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  // A fixture's own server options (targets, for example), set before the server starts.
  virtual void configure(server::ServerOptions&) {}
  void TearDown() override {
    site_->stop();
    thread_.join();
    site_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  void add_user(const std::string& name, std::int64_t org, std::vector<std::string> roles,
                const std::string& hash) {
    User u;
    u.username = name;
    u.display_name = name + " example";
    u.organisation_id = org;
    u.roles = std::move(roles);
    store_->accounts().add_user(u, hash);
  }

  httplib::Client client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_follow_location(false);
    return c;
  }
  static std::string cookie_value(const httplib::Result& r, const std::string& name) {
    for (auto [it, end] = r->headers.equal_range("Set-Cookie"); it != end; ++it)
      if (it->second.rfind(name + "=", 0) == 0)
        return it->second.substr(name.size() + 1, it->second.find(';') - name.size() - 1);
    return "";
  }
  static std::string set_cookie_header(const httplib::Result& r, const std::string& name) {
    for (auto [it, end] = r->headers.equal_range("Set-Cookie"); it != end; ++it)
      if (it->second.rfind(name + "=", 0) == 0) return it->second;
    return "";
  }
  static std::string csrf_in(const std::string& html) {
    std::smatch m;
    if (std::regex_search(html, m, std::regex(R"re(name="csrf" value="([0-9a-f]{64})")re")))
      return m[1];
    return "";
  }

  // A signed-in user: the session cookie and the session's CSRF token.
  struct Session {
    std::string cookie;  // "lens_session=..."
    std::string csrf;
    httplib::Headers headers() const { return {{"Cookie", cookie}}; }
  };
  httplib::Result post_login(const std::string& user, const std::string& password) {
    auto c = client();
    auto page = c.Get("/login");
    std::string form = cookie_value(page, "lens_form");
    return c.Post("/login", {{"Cookie", "lens_form=" + form}},
                  httplib::Params{{"csrf", form}, {"username", user}, {"password", password}});
  }
  Session sign_in(const std::string& user) {
    auto r = post_login(user, kTestPassword);
    EXPECT_EQ(r->status, 303) << user << ": " << r->body;
    Session s{"lens_session=" + cookie_value(r, "lens_session"), ""};
    auto c = client();
    auto page = c.Get("/account/password", s.headers());
    s.csrf = csrf_in(page->body);
    EXPECT_EQ(s.csrf.size(), 64u) << page->body;
    return s;
  }
  httplib::Result get(const Session& s, const std::string& path) {
    auto c = client();
    return c.Get(path, s.headers());
  }
  httplib::Result post(const Session& s, const std::string& path, httplib::Params params,
                       bool with_csrf = true) {
    if (with_csrf) params.emplace("csrf", s.csrf);
    auto c = client();
    return c.Post(path, s.headers(), params);
  }
  std::vector<AuditEntry> audit_entries() {
    std::vector<AuditEntry> out;
    store_->audit().for_each_entry([&](const AuditEntry& e) { out.push_back(e); });
    return out;
  }
  bool audited(const std::string& action, const std::string& record, const std::string& outcome_prefix) {
    for (const auto& e : audit_entries())
      if (e.event.action == action && e.event.record == record &&
          e.event.outcome.rfind(outcome_prefix, 0) == 0)
        return true;
    return false;
  }

  std::string dir_, path_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<server::Site> site_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<std::int64_t> now_{1'500'000'000};
};

}  // namespace lens::testing
