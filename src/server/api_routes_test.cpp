// The JSON API and the data upload page over HTTP: status, access rules, content, audit.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/test_server.hpp"

namespace lens::server {
namespace {

class ApiTest : public lens::testing::ServerTest {
 protected:
  static nlohmann::json body(const httplib::Result& r) { return nlohmann::json::parse(r->body); }
  static std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  httplib::Result upload(const Session& s, const std::string& name, const std::string& content,
                         bool with_csrf = true) {
    httplib::MultipartFormDataItems items = {{"census", content, name, "text/xml"}};
    if (with_csrf) items.push_back({"csrf", s.csrf, "", ""});
    auto c = client();
    return c.Post("/data", s.headers(), items);
  }
};

TEST_F(ApiTest, TheOpenApiDocumentIsServedToAnyone) {
  auto r = client().Get("/api/v1/openapi.json");
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  auto spec = body(r);
  EXPECT_EQ(spec["openapi"], "3.0.3");
  for (const char* path : {"/measures", "/children", "/children/{la}/{child_id}",
                           "/children/{la}/{child_id}/chronology", "/timescales", "/imports"})
    EXPECT_TRUE(spec["paths"].contains(path)) << path;
}

TEST_F(ApiTest, EveryRouteNeedsASession) {
  auto c = client();
  for (const char* path : {"/api/v1/children?q=C1", "/api/v1/children/301/C1000",
                           "/api/v1/children/301/C1000/chronology", "/api/v1/timescales",
                           "/api/v1/imports", "/api/v1/measures"}) {
    auto r = c.Get(path);
    EXPECT_EQ(r->status, 401) << path;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json") << path;
  }
}

TEST_F(ApiTest, ChildrenSearchAndRecordFollowThePagesRules) {
  auto prac = sign_in("prac");
  auto r = get(prac, "/api/v1/children?q=C1000");
  ASSERT_EQ(r->status, 200);
  auto found = body(r)["children"];
  ASSERT_EQ(found.size(), 2u);  // C1000 of 301 and of 302
  EXPECT_EQ(found[0]["la"], "301");
  EXPECT_EQ(found[0]["reason_needed"], false);
  EXPECT_EQ(found[1]["reason_needed"], true);
  EXPECT_EQ(found[0]["birth_date"], "2010-02-28");
  EXPECT_EQ(get(prac, "/api/v1/children")->status, 400);

  auto child = get(prac, "/api/v1/children/301/C1000");
  ASSERT_EQ(child->status, 200);
  auto j = body(child);
  EXPECT_EQ(j["chronology"].size(), 15u);  // see chronology_test
  EXPECT_EQ(j["chronology"][0]["date"], "2016-11-30");
  EXPECT_EQ(j["chronology"][0]["type"], "referral");
  auto chron = get(prac, "/api/v1/children/301/C1000/chronology?type=cp_review");
  ASSERT_EQ(chron->status, 200);
  EXPECT_EQ(body(chron)["events"].size(), 2u);
  EXPECT_TRUE(audited("child.view", "child/301/C1000", "ok (api)"));

  auto other = get(prac, "/api/v1/children/302/C1000");
  EXPECT_EQ(other->status, 403);
  EXPECT_EQ(body(other)["reason_needed"], true);
  EXPECT_EQ(get(prac, "/api/v1/children/301/NOPE")->status, 404);

  auto admin = sign_in("admin");
  EXPECT_EQ(get(admin, "/api/v1/children?q=C1")->status, 403);
  EXPECT_EQ(get(admin, "/api/v1/children/301/C1000")->status, 403);
}

TEST_F(ApiTest, TimescalesAndImports) {
  auto manager = sign_in("manager");
  auto r = get(manager, "/api/v1/timescales?as_at=2015-11-10&rule=assessment_45wd&status=overdue");
  ASSERT_EQ(r->status, 200);
  auto j = body(r);
  EXPECT_EQ(j["la"], "301");
  ASSERT_EQ(j["items"].size(), 2u);  // as in the page test: due 3 November, 7 days overdue
  EXPECT_EQ(j["items"][0]["due"], "2015-11-03");
  EXPECT_EQ(j["items"][0]["days_overdue"], 7);
  EXPECT_EQ(get(manager, "/api/v1/timescales?status=late")->status, 400);
  auto imports = get(manager, "/api/v1/imports");
  ASSERT_EQ(imports->status, 200);
  ASSERT_EQ(body(imports)["imports"].size(), 2u);
  EXPECT_EQ(body(imports)["imports"][0]["la"], "302");  // newest first
  auto prac = sign_in("prac");
  EXPECT_EQ(get(prac, "/api/v1/imports")->status, 403);
}

TEST_F(ApiTest, AnUploadWithErrorsIsRefusedWithEveryProblemOnThePage) {
  auto manager = sign_in("manager");
  std::string bad = read(std::string(LENS_SOURCE_DIR) + "/tests/cases/cin_intake/impossible_date/census.xml");
  ASSERT_FALSE(bad.empty());
  EXPECT_EQ(upload(manager, "census.xml", bad, false)->status, 403);
  auto r = upload(manager, "census.xml", bad);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("census.xml was not imported"), std::string::npos);
  EXPECT_NE(r->body.find("census.xml:56: child CLEAN01: &lt;CPPstartDate&gt; 2019-02-30 is not a date"),
            std::string::npos)
      << r->body;
  EXPECT_TRUE(audited("census.upload", "upload/census.xml", "refused"));
  EXPECT_EQ(store_->imports().size(), 2u);  // nothing written
  auto empty = upload(manager, "", "");
  EXPECT_EQ(empty->status, 400);
  EXPECT_NE(empty->body.find("Choose a CIN census file"), std::string::npos);
  auto junk = upload(manager, "junk.xml", "\x01\x02 not xml");
  EXPECT_EQ(junk->status, 400);
}

TEST_F(ApiTest, AGoodUploadIsImportedAndAppearsInTheHistory) {
  auto manager = sign_in("manager");
  std::string good = read(std::string(LENS_SOURCE_DIR) + "/tests/cases/cin_intake/clean_small/census.xml");
  ASSERT_FALSE(good.empty());
  auto r = upload(manager, "clean.xml", good);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_NE(r->body.find("clean.xml was imported"), std::string::npos) << r->body;
  EXPECT_EQ(store_->imports().size(), 3u);
  EXPECT_EQ(store_->imports().front().imported_by, "manager");
  auto again = upload(manager, "clean-again.xml", good);
  EXPECT_NE(again->body.find("was already imported; nothing changed"), std::string::npos);
  auto page = get(manager, "/data");
  EXPECT_NE(page->body.find("clean.xml"), std::string::npos);
}

TEST_F(ApiTest, UploadsOverTheSizeLimitAreRefused) {
  auto manager = sign_in("manager");
  auto r = upload(manager, "big.xml", std::string(2 << 20, 'x'));  // the test server allows 1 MiB
  EXPECT_EQ(r->status, 413);
}

}  // namespace
}  // namespace lens::server
