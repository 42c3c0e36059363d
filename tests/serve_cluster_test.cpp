// Two `lens serve` processes on one PostgreSQL database behave as one system, as they do behind
// a load balancer: a session begun on one is honoured by the other and ended for both, what is
// written through one is read through the other, and the audit chain stays one chain when both
// append to it at once. The processes are the real program, started and stopped by the test.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <regex>
#include <thread>

#include "server/password.hpp"
#include "store/store.hpp"
#include "support/run_lens.hpp"
#include "support/sample_census.hpp"
#include "support/test_postgres.hpp"

namespace lens {
namespace {

constexpr const char* kPassword = "correct horse battery staple";

// `lens serve --postgres URL --port 0`, until the object goes; knows the port it bound.
class ServeProcess {
 public:
  explicit ServeProcess(const std::string& url) {
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execl(LENS_BINARY, LENS_BINARY, "serve", "--postgres", url.c_str(), "--port", "0",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    // The first line it prints names the address: "Lens is serving at http://127.0.0.1:PORT ...".
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    std::smatch m;
    if (std::regex_search(line, m, std::regex(R"(http://127\.0\.0\.1:(\d+))"))) port_ = std::stoi(m[1]);
  }
  ~ServeProcess() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  int port() const { return port_; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_follow_location(false);
    return c;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

std::string cookie_value(const httplib::Result& r, const std::string& name) {
  for (auto [it, end] = r->headers.equal_range("Set-Cookie"); it != end; ++it)
    if (it->second.rfind(name + "=", 0) == 0)
      return it->second.substr(name.size() + 1, it->second.find(';') - name.size() - 1);
  return "";
}

std::string csrf_in(const std::string& html) {
  std::smatch m;
  return std::regex_search(html, m, std::regex(R"re(name="csrf" value="([0-9a-f]{64})")re")) ? m[1].str() : "";
}

struct Session {
  httplib::Headers headers;
  std::string csrf;
};

Session sign_in(const ServeProcess& server, const std::string& user) {
  auto c = server.client();
  auto page = c.Get("/login");
  std::string form = cookie_value(page, "lens_form");
  auto r = c.Post("/login", {{"Cookie", "lens_form=" + form}},
                  httplib::Params{{"csrf", form}, {"username", user}, {"password", kPassword}});
  EXPECT_EQ(r->status, 303) << r->body;
  Session s{{{"Cookie", "lens_session=" + cookie_value(r, "lens_session")}}, ""};
  s.csrf = csrf_in(c.Get("/account/password", s.headers)->body);
  return s;
}

TEST(ServeCluster, TwoProcessesOnOnePostgresBehaveAsOneSystem) {
  testing::ScopedPostgresDatabase database("lens_cluster_" + std::to_string(::getpid()));
  std::int64_t unit = 0;
  {
    auto store = open_postgres_store(database.url());
    store->import_census(testing::sample_census("301", 2017), {"a.xml", "a", "test"});
    auto& acc = store->accounts();
    unit = acc.add_organisation({0, "Partnership unit", "partnership_unit", ""});
    std::int64_t council = acc.add_organisation({0, "Council 301", "council_csc", "301"});
    const std::string hash = server::hash_password(kPassword);
    User admin;
    admin.username = "admin";
    admin.display_name = "Admin example";
    admin.organisation_id = unit;
    admin.roles = {"admin"};
    acc.add_user(admin, hash);
    User prac = admin;
    prac.username = "prac";
    prac.display_name = "Prac example";
    prac.organisation_id = council;
    prac.roles = {"practitioner"};
    acc.add_user(prac, hash);
  }
  ServeProcess a(database.url()), b(database.url());
  ASSERT_GT(a.port(), 0);
  ASSERT_GT(b.port(), 0);
  ASSERT_NE(a.port(), b.port());

  // A session begun on A is good on B.
  Session prac = sign_in(a, "prac");
  ASSERT_EQ(prac.csrf.size(), 64u);
  EXPECT_EQ(b.client().Get("/children/301/C1000", prac.headers)->status, 200);

  // An account made through B can be seen, and used, through A.
  Session admin = sign_in(b, "admin");
  auto made = b.client().Post("/admin/users", admin.headers,
                              httplib::Params{{"csrf", admin.csrf}, {"username", "newbie"},
                                              {"display_name", "New Person"},
                                              {"organisation", std::to_string(unit)},
                                              {"roles", "scrutineer"}});
  ASSERT_EQ(made->status, 200) << made->body;
  auto listed = a.client().Get("/admin/users", sign_in(a, "admin").headers);
  EXPECT_NE(listed->body.find("New Person"), std::string::npos);

  // Both append to the audit log at once: one chain, every view in it.
  constexpr int kViewsEach = 25;
  auto view = [&](const ServeProcess& server) {
    auto c = server.client();
    for (int i = 0; i < kViewsEach; ++i) EXPECT_EQ(c.Get("/children/301/C1000", prac.headers)->status, 200);
  };
  std::thread ta(view, std::cref(a)), tb(view, std::cref(b));
  ta.join();
  tb.join();
  int views = 0;
  open_postgres_store(database.url())->audit().for_each_entry([&](const AuditEntry& e) {
    if (e.event.action == "child.view" && e.event.record == "child/301/C1000") ++views;
  });
  EXPECT_EQ(views, 2 * kViewsEach + 1);  // and the one view through B above
  auto verified = testing::run_lens("audit verify --postgres '" + database.url() + "'", testing::Stderr::Merge);
  EXPECT_EQ(verified.exit_code, 0) << verified.out;
  EXPECT_NE(verified.out.find("audit log intact"), std::string::npos) << verified.out;

  // Signing out through B ends the session on A too.
  auto out = b.client().Post("/logout", prac.headers, httplib::Params{{"csrf", prac.csrf}});
  EXPECT_EQ(out->status, 303);
  auto after = a.client().Get("/children/301/C1000", prac.headers);
  EXPECT_EQ(after->status, 303);
  EXPECT_EQ(after->get_header_value("Location").rfind("/login", 0), 0u);
}

}  // namespace
}  // namespace lens
