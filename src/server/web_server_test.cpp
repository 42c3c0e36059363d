// The web app over HTTP: sign-in, sessions, throttling, CSRF, security headers, access rules,
// escaping, and every page's status and content. The API has its own file (api_routes_test.cpp).
#include "server/web_server.hpp"

#include <gtest/gtest.h>

#include "support/test_server.hpp"

namespace lens::server {
namespace {

using lens::testing::kTestPassword;

class WebTest : public lens::testing::ServerTest {};

TEST_F(WebTest, EveryResponseCarriesTheSecurityHeaders) {
  auto c = client();
  for (const char* path : {"/login", "/", "/no-such-page", "/static/lens.css", "/api/v1/imports"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    std::string csp = r->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << path;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos) << path;
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(r->get_header_value("X-Frame-Options"), "DENY") << path;
  }
  EXPECT_EQ(c.Get("/login")->get_header_value("Cache-Control"), "no-store");
}

TEST_F(WebTest, PagesHaveNoInlineScriptOrStyle) {
  auto s = sign_in("manager");
  for (const char* path : {"/children?q=C10", "/children/301/C1000", "/timescales", "/data"}) {
    auto r = get(s, path);
    ASSERT_EQ(r->status, 200) << path;
    // Every <script> has a src; no style attributes or <style> blocks.
    EXPECT_EQ(std::regex_search(r->body, std::regex("<script(?![^>]*\\bsrc=)[^>]*>")), false) << path;
    EXPECT_EQ(r->body.find("style="), std::string::npos) << path;
    EXPECT_EQ(r->body.find("<style"), std::string::npos) << path;
  }
}

TEST_F(WebTest, PagesSendStrangersToSignInAndTheApiAnswers401) {
  auto c = client();
  auto r = c.Get("/children?q=x");
  EXPECT_EQ(r->status, 303);
  // The server sends next=%2Fchildren%3Fq%3Dx; httplib's client hands the header back decoded.
  EXPECT_EQ(r->get_header_value("Location"), "/login?next=/children?q=x");
  EXPECT_EQ(c.Get("/api/v1/children?q=x")->status, 401);
  EXPECT_EQ(c.Get("/admin/users")->status, 303);
  EXPECT_EQ(c.Get("/login")->status, 200);
}

TEST_F(WebTest, SignInSetsASecureSessionCookie) {
  auto r = post_login("prac", kTestPassword);
  ASSERT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), "/");
  std::string cookie = set_cookie_header(r, "lens_session");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("Secure"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("Max-Age=43200"), std::string::npos) << cookie;  // 12 hours
  EXPECT_EQ(cookie_value(r, "lens_session").size(), 64u);  // 256 bits as hex
  EXPECT_TRUE(audited("login", "user/prac", "ok"));
}

TEST_F(WebTest, SignInGoesBackToWhereTheUserWasButNeverOffSite) {
  auto c = client();
  auto page = c.Get("/login");
  std::string form = cookie_value(page, "lens_form");
  auto go = [&](const std::string& next) {
    return c
        .Post("/login", {{"Cookie", "lens_form=" + form}},
              httplib::Params{{"csrf", form}, {"username", "prac"}, {"password", kTestPassword},
                              {"next", next}})
        ->get_header_value("Location");
  };
  EXPECT_EQ(go("/children?q=C1"), "/children?q=C1");
  EXPECT_EQ(go("//evil.example/"), "/");
  EXPECT_EQ(go("https://evil.example/"), "/");
}

TEST_F(WebTest, AWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong) {
  auto wrong = post_login("prac", "not the password");
  EXPECT_EQ(wrong->status, 401);
  EXPECT_NE(wrong->body.find("The user name or password is not right"), std::string::npos);
  EXPECT_EQ(cookie_value(wrong, "lens_session"), "");
  auto nobody = post_login("nobody", "whatever");
  EXPECT_EQ(nobody->status, 401);
  EXPECT_NE(nobody->body.find("The user name or password is not right"), std::string::npos);
  EXPECT_TRUE(audited("login", "user/prac", "failed"));
}

TEST_F(WebTest, TheSignInFormNeedsItsCsrfToken) {
  auto c = client();
  auto r = c.Post("/login", httplib::Params{{"username", "prac"}, {"password", kTestPassword}});
  EXPECT_EQ(r->status, 403);
  // A token that does not match the form cookie is refused too.
  r = c.Post("/login", {{"Cookie", "lens_form=" + std::string(64, 'a')}},
             httplib::Params{{"csrf", std::string(64, 'b')}, {"username", "prac"},
                             {"password", kTestPassword}});
  EXPECT_EQ(r->status, 403);
}

TEST_F(WebTest, SignInIsThrottledAfterFiveFailuresUntilFifteenMinutesPass) {
  for (int i = 0; i < 5; ++i) EXPECT_EQ(post_login("prac", "wrong")->status, 401);
  // The sixth attempt is refused even with the right password.
  auto r = post_login("prac", kTestPassword);
  EXPECT_EQ(r->status, 429);
  EXPECT_NE(r->body.find("Too many failed sign-ins"), std::string::npos);
  EXPECT_TRUE(audited("login", "user/prac", "refused"));
  // Other users are not affected (5 failures from this address is under the address limit).
  EXPECT_EQ(post_login("manager", kTestPassword)->status, 303);
  now_ += 15 * 60;
  EXPECT_EQ(post_login("prac", kTestPassword)->status, 303);
}

TEST_F(WebTest, SessionsExpireWhenIdleAndAtTheirAbsoluteLimit) {
  auto s = sign_in("prac");
  now_ += 29 * 60;
  EXPECT_EQ(get(s, "/children")->status, 200);
  now_ += 30 * 60;  // idle 30 minutes since the last request
  EXPECT_EQ(get(s, "/children")->status, 303);

  auto t = sign_in("prac");
  for (int i = 0; i < 24; ++i) {  // active every 25 minutes for 10 hours
    now_ += 25 * 60;
    ASSERT_EQ(get(t, "/children")->status, 200) << i;
  }
  now_ += 2 * 60 * 60;  // 12 hours after signing in, activity or not
  EXPECT_EQ(get(t, "/children")->status, 303);
}

TEST_F(WebTest, SignOutNeedsCsrfAndEndsTheSession) {
  auto s = sign_in("prac");
  EXPECT_EQ(post(s, "/logout", {}, false)->status, 403);
  EXPECT_EQ(get(s, "/children")->status, 200);
  auto r = post(s, "/logout", {});
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location"), "/login?signed_out=1");
  EXPECT_EQ(get(s, "/children")->status, 303);
}

TEST_F(WebTest, RolesDecideWhichPagesOpen) {
  auto admin = sign_in("admin");
  EXPECT_EQ(get(admin, "/admin/users")->status, 200);
  EXPECT_EQ(get(admin, "/admin/organisations")->status, 200);
  EXPECT_EQ(get(admin, "/admin/audit")->status, 200);
  EXPECT_EQ(get(admin, "/children?q=C1")->status, 403);  // admin sees no child data
  EXPECT_EQ(get(admin, "/children/301/C1000")->status, 403);
  EXPECT_EQ(get(admin, "/timescales")->status, 403);
  auto prac = sign_in("prac");
  EXPECT_EQ(get(prac, "/admin/users")->status, 403);
  EXPECT_EQ(get(prac, "/admin/audit")->status, 403);
  EXPECT_EQ(get(prac, "/data")->status, 403);
  EXPECT_EQ(post(prac, "/admin/users", {{"username", "x"}})->status, 403);
  auto scrutineer = sign_in("scrutineer");
  EXPECT_EQ(get(scrutineer, "/children?q=C1")->status, 403);
  EXPECT_EQ(get(scrutineer, "/")->status, 200);
}

TEST_F(WebTest, AdminAddsAUserWhoMustSetTheirOwnPassword) {
  auto admin = sign_in("admin");
  auto page = get(admin, "/admin/users");
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("prac example"), std::string::npos);
  // Without the CSRF token nothing happens.
  EXPECT_EQ(post(admin, "/admin/users", {{"username", "newbie"}}, false)->status, 403);
  EXPECT_FALSE(store_->accounts().user_by_name("newbie"));
  // Missing fields are named.
  auto bad = post(admin, "/admin/users", {{"username", "bad name!"}});
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("Enter a user name of letters"), std::string::npos);
  EXPECT_NE(bad->body.find("Choose at least one role"), std::string::npos);
  auto org = store_->accounts().organisations().front().id;
  auto r = post(admin, "/admin/users",
                {{"username", "newbie"}, {"display_name", "New Person"},
                 {"organisation", std::to_string(org)}, {"roles", "practitioner"}, {"roles", "manager"}});
  ASSERT_EQ(r->status, 200) << r->body;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r->body, m, std::regex(R"(id="one-off-password">([a-zA-Z0-9]{20})<)")));
  std::string one_off = m[1];
  auto u = store_->accounts().user_by_name("newbie");
  ASSERT_TRUE(u);
  EXPECT_EQ(u->roles, (std::vector<std::string>{"manager", "practitioner"}));
  EXPECT_TRUE(u->must_change_password);
  EXPECT_TRUE(audited("user.create", "user/newbie", "ok"));

  // The new user is sent to set a password before anything else.
  auto login = post_login("newbie", one_off);
  ASSERT_EQ(login->status, 303);
  EXPECT_EQ(login->get_header_value("Location"), "/account/password");
  Session s{"lens_session=" + cookie_value(login, "lens_session"), ""};
  EXPECT_EQ(get(s, "/children")->get_header_value("Location"), "/account/password");
  s.csrf = csrf_in(get(s, "/account/password")->body);
  EXPECT_EQ(post(s, "/account/password", {{"current", one_off}, {"password", "short"}})->status, 400);
  EXPECT_EQ(post(s, "/account/password", {{"current", one_off}, {"password", "a much longer password"}})
                ->status,
            303);
  EXPECT_EQ(get(s, "/children")->status, 200);
  EXPECT_FALSE(store_->accounts().user_by_name("newbie")->must_change_password);
}

TEST_F(WebTest, AdminChangesRolesResetsPasswordsAndAddsOrganisations) {
  auto admin = sign_in("admin");
  auto prac = store_->accounts().user_by_name("prac");
  std::string base = "/admin/users/" + std::to_string(prac->id);
  EXPECT_EQ(get(admin, base)->status, 200);
  EXPECT_EQ(get(admin, "/admin/users/99999")->status, 404);
  auto s = sign_in("prac");
  EXPECT_EQ(post(admin, base + "/roles", {{"roles", "scrutineer"}, {"active", "yes"}})->status, 303);
  EXPECT_EQ(store_->accounts().user(prac->id)->roles, std::vector<std::string>{"scrutineer"});
  EXPECT_EQ(get(s, "/children?q=C1")->status, 403);  // takes effect at once
  auto reset = post(admin, base + "/password", {});
  EXPECT_EQ(reset->status, 200);
  EXPECT_NE(reset->body.find("one-off-password"), std::string::npos);
  EXPECT_EQ(get(s, "/")->status, 303);  // signed out everywhere
  // Deactivating signs the user out and stops sign-in.
  EXPECT_EQ(post(admin, base + "/roles", {{"roles", "scrutineer"}})->status, 303);
  EXPECT_FALSE(store_->accounts().user(prac->id)->active);
  // An admin cannot lock themselves out.
  auto self = store_->accounts().user_by_name("admin");
  auto r = post(admin, "/admin/users/" + std::to_string(self->id) + "/roles", {{"roles", "analyst"}, {"active", "yes"}});
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("You cannot remove your own admin role"), std::string::npos);

  EXPECT_EQ(post(admin, "/admin/organisations", {{"name", "St Mary's School"}, {"kind", "school"}, {"la", "3011"}})
                ->status,
            400);
  EXPECT_EQ(post(admin, "/admin/organisations", {{"name", "St Mary's School"}, {"kind", "school"}, {"la", "301"}})
                ->status,
            303);
  EXPECT_NE(get(admin, "/admin/organisations")->body.find("St Mary&apos;s School"), std::string::npos);
}

TEST_F(WebTest, AChildOfTheUsersOwnAuthorityOpensAndTheViewIsAudited) {
  auto s = sign_in("prac");
  auto r = get(s, "/children/301/C1000");
  ASSERT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("Child C1000"), std::string::npos);
  EXPECT_NE(r->body.find("Showing 15 of 15 events"), std::string::npos);  // see chronology_test
  EXPECT_NE(r->body.find("28 February 2010"), std::string::npos);
  EXPECT_TRUE(audited("child.view", "child/301/C1000", "ok"));
  auto filtered = get(s, "/children/301/C1000?type=cp_review");
  EXPECT_NE(filtered->body.find("Showing 2 of 15 events"), std::string::npos);
  EXPECT_EQ(get(s, "/children/301/NOPE")->status, 404);
}

TEST_F(WebTest, AnotherOrganisationsChildNeedsARecordedReason) {
  auto s = sign_in("prac");  // works with LA 301
  auto r = get(s, "/children/302/C1000");
  EXPECT_EQ(r->status, 403);
  EXPECT_NE(r->body.find("Give a reason to open this record"), std::string::npos);
  EXPECT_TRUE(audited("child.view", "child/302/C1000", "refused"));
  // No reason, or "Other" without saying why, is not enough.
  EXPECT_EQ(post(s, "/children/302/C1000/access", {})->status, 400);
  EXPECT_EQ(post(s, "/children/302/C1000/access", {{"reason", "Other"}, {"other", "x"}})->status, 400);
  EXPECT_EQ(post(s, "/children/302/C1000/access", {{"reason", "Multi-agency case audit"}}, false)->status, 403);
  EXPECT_EQ(post(s, "/children/302/C1000/access", {{"reason", "Multi-agency case audit"}})->status, 303);
  EXPECT_EQ(get(s, "/children/302/C1000")->status, 200);
  EXPECT_EQ(get(s, "/children/302/C1001")->status, 403);  // one record, not the authority
  bool reason_logged = false;
  for (const auto& e : audit_entries())
    if (e.event.action == "child.access_reason" && e.event.reason == "Multi-agency case audit")
      reason_logged = true;
  EXPECT_TRUE(reason_logged);
  now_ += 4 * 60 * 60;  // the grant lasts 4 hours
  auto again = sign_in("prac");
  EXPECT_EQ(get(again, "/children/302/C1000")->status, 403);
  // The police work with no authority's children: every record needs a reason.
  auto cop = sign_in("cop");
  EXPECT_EQ(get(cop, "/children/301/C1000")->status, 403);
}

TEST_F(WebTest, SearchFindsChildrenAndEscapesWhatWasTyped) {
  auto s = sign_in("prac");
  auto r = get(s, "/children?q=C100");
  ASSERT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("6 children match"), std::string::npos);  // 3 in each of 301 and 302
  EXPECT_NE(r->body.find("/children/302/C1000"), std::string::npos);
  auto evil = get(s, "/children?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27");
  ASSERT_EQ(evil->status, 200);
  EXPECT_EQ(evil->body.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(evil->body.find("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&apos;"), std::string::npos);
  EXPECT_TRUE(audited("child.search", "children?q=C100", "ok: 6"));
}

TEST_F(WebTest, TimescalesListTheUsersAuthorityAndExportCsv) {
  auto s = sign_in("manager");
  auto r = get(s, "/timescales");
  ASSERT_EQ(r->status, 200);
  // sample_census LA 301 as at 31 March 2017: C1000 and C1001 each have an assessment started
  // 1 September 2015 in a closed episode (owes nothing) and no live plan; the unborn C1002 has
  // nothing. So nothing is due.
  EXPECT_NE(r->body.find("as at <strong>31 March 2017</strong>"), std::string::npos);
  EXPECT_NE(r->body.find("0 items, 0 overdue"), std::string::npos);
  // As at 1 November 2015, both children's second assessments (started 1 September) are due,
  // deadline 3 November (45 working days, no bank holidays): not yet overdue.
  auto early = get(s, "/timescales?as_at=2015-11-01&rule=assessment_45wd");
  EXPECT_NE(early->body.find("2 items, 0 overdue"), std::string::npos) << early->body;
  auto csv = get(s, "/timescales?as_at=2015-11-10&rule=assessment_45wd&format=csv");
  ASSERT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv->body,
            "la,child_id,rule,start_event,start,due,status,days_overdue,team\r\n"
            "301,C1000,assessment_45wd,Assessment started,2015-09-01,2015-11-03,overdue,7,\r\n"
            "301,C1001,assessment_45wd,Assessment started,2015-09-01,2015-11-03,overdue,7,\r\n");
  EXPECT_EQ(get(s, "/timescales?rule=nonsense")->status, 400);
  EXPECT_EQ(get(s, "/timescales?as_at=31/03/2017")->status, 400);
}

TEST_F(WebTest, TheAuditLogPageShowsTheChainIntact) {
  auto admin = sign_in("admin");
  auto r = get(admin, "/admin/audit");
  ASSERT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("is intact"), std::string::npos);
  EXPECT_NE(r->body.find("login"), std::string::npos);
}

TEST_F(WebTest, UnknownPagesAre404) {
  auto s = sign_in("prac");
  EXPECT_EQ(get(s, "/nothing-here")->status, 404);
  EXPECT_EQ(client().Get("/static/../../etc/passwd")->status, 404);
}

}  // namespace
}  // namespace lens::server
