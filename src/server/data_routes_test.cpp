// The data page's checks over HTTP: "Check without importing" runs the structural checks and the
// DfE rules on an upload (a census, or a 903's tables) and shows the report grouped by rule,
// escaped, writing nothing; an import still refuses a census with structural errors, and flags
// what the DfE rules find in one it takes.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "support/test_server.hpp"

namespace lens::server {
namespace {

class DataRoutesTest : public lens::testing::ServerTest {
 protected:
  static std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  static std::string intake_case(const std::string& name) {
    return read(std::string(LENS_SOURCE_DIR) + "/tests/cases/cin_intake/" + name + "/census.xml");
  }
  // Uploads files under the form's one file field, to `path` (/data imports, /data/check checks).
  httplib::Result send(const Session& s, const std::string& path,
                       const std::vector<std::pair<std::string, std::string>>& files) {
    httplib::MultipartFormDataItems items;
    for (const auto& [name, content] : files) items.push_back({"census", content, name, "application/octet-stream"});
    items.push_back({"csrf", s.csrf, "", ""});
    return client().Post(path, s.headers(), items);
  }
  // No script is written into a page: every <script> loads a file.
  static void expect_no_inline_script(const std::string& html) {
    std::regex tag("<script[^>]*>");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it)
      EXPECT_NE(it->str().find(" src="), std::string::npos) << it->str();
  }
};

TEST_F(DataRoutesTest, ThePageOffersACheckWithoutImporting) {
  auto manager = sign_in("manager");
  auto page = get(manager, "/data");
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("formaction=\"/data/check\""), std::string::npos) << page->body;
  EXPECT_NE(page->body.find("Check without importing"), std::string::npos);
  expect_no_inline_script(page->body);
  // Practitioners may not import, so may not check uploads either.
  auto prac = sign_in("prac");
  EXPECT_EQ(send(prac, "/data/check", {{"census.xml", intake_case("clean_small")}})->status, 403);
}

TEST_F(DataRoutesTest, ACheckShowsTheReportByRuleAndImportsNothing) {
  auto manager = sign_in("manager");
  // impossible_date: three dates the reader cannot read, and what the DfE rules then find, as
  // `lens validate` lists it (tests/validate_command_test.cpp).
  auto r = send(manager, "/data/check", {{"census.xml", intake_case("impossible_date")}});
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string& html = r->body;
  EXPECT_NE(html.find("Check of census.xml"), std::string::npos) << html;
  EXPECT_NE(html.find("CIN census 2016-17 (from the file&apos;s header), LA 301: "), std::string::npos) << html;
  // The table by rule: code, severity, count, message.
  EXPECT_NE(html.find("<td class=\"govuk-table__cell\">Structure</td><td class=\"govuk-table__cell\"><strong "
                      "class=\"govuk-tag govuk-tag--red\">Error</strong></td><td class=\"govuk-table__cell "
                      "govuk-table__cell--numeric\">3</td>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find(">8720</td>"), std::string::npos);
  EXPECT_NE(html.find("Child Protection Plan Start Date missing or out of data collection period"), std::string::npos);
  EXPECT_NE(html.find("govuk-tag--yellow\">Warning</strong>"), std::string::npos);  // 2887Q, a query
  // Then each finding, escaped: file:line, child, field and value as written.
  EXPECT_NE(html.find("census.xml:56: child CLEAN01: &lt;CPPstartDate&gt; 2019-02-30 is not a date"), std::string::npos);
  EXPECT_NE(html.find("census.xml:55: child CLEAN01: &lt;CPPstartDate&gt; 2019-02-30, &lt;ReferenceDate&gt; 2017-03-31"),
            std::string::npos)
      << html;
  EXPECT_EQ(store_->imports().size(), 2u);  // nothing written
  EXPECT_TRUE(audited("returns.check", "upload/census.xml", "checked: "));
  expect_no_inline_script(html);
}

TEST_F(DataRoutesTest, WhatAFileSaysIsEscaped) {
  auto manager = sign_in("manager");
  std::string census = intake_case("clean_small");
  // A child id with markup in it: the reader and the rules quote it; the page must not run it.
  std::string id = "CLEAN01";
  census.replace(census.find(id), id.size(), "&lt;b onmouseover=x&gt;C1&lt;/b&gt;");
  auto r = send(manager, "/data/check", {{"<i>census</i>.xml", census}});
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->body.find("<b onmouseover"), std::string::npos);
  EXPECT_NE(r->body.find("&lt;b onmouseover=x&gt;C1&lt;/b&gt;"), std::string::npos) << r->body;
  EXPECT_EQ(r->body.find("<i>census</i>"), std::string::npos);
  EXPECT_NE(r->body.find("&lt;i&gt;census&lt;/i&gt;.xml"), std::string::npos);
}

TEST_F(DataRoutesTest, TheTablesOfA903AreCheckedTogether) {
  auto manager = sign_in("manager");
  const std::string dir = std::string(LENS_SOURCE_DIR) + "/tests/cases/ssda903_intake/this_and_last_year/input/";
  auto r = send(manager, "/data/check",
                {{"header.csv", read(dir + "header.csv")},
                 {"episodes.csv", read(dir + "episodes.csv")},
                 {"header_last.csv", read(dir + "header_last.csv")},
                 {"episodes_last.csv", read(dir + "episodes_last.csv")}});
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_NE(r->body.find("SSDA903 2016-17 (from the files), with last year&apos;s tables: "), std::string::npos)
      << r->body;
  // Child 101, born 14/06/2004, is of school age with UPN UN1: rule 209.
  EXPECT_NE(r->body.find(">209</td>"), std::string::npos);
  EXPECT_NE(r->body.find("header.csv:2: child 101: &lt;UPN&gt; UN1, &lt;DOB&gt; 14/06/2004"), std::string::npos)
      << r->body;
  EXPECT_EQ(store_->imports().size(), 2u);
  // No file at all is a form error.
  auto none = send(manager, "/data/check", {{"", ""}});
  EXPECT_EQ(none->status, 400);
  EXPECT_NE(none->body.find("Choose a file to check"), std::string::npos);
}

TEST_F(DataRoutesTest, AnImportFlagsWhatTheDfERulesFind) {
  auto manager = sign_in("manager");
  // clean_small has no structural errors, so it goes in; the DfE rules still find errors in it
  // (rule 1530: its UPN A123456789012 names no LA).
  auto r = send(manager, "/data", {{"clean.xml", intake_case("clean_small")}});
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_NE(r->body.find("clean.xml was imported"), std::string::npos);
  EXPECT_NE(r->body.find("The DfE validation rules found "), std::string::npos) << r->body;
  EXPECT_NE(r->body.find(">1530</td>"), std::string::npos);
  EXPECT_EQ(store_->imports().size(), 3u);
  // A census with structural errors is still refused, with the same report.
  auto bad = send(manager, "/data", {{"bad.xml", intake_case("impossible_date")}});
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("bad.xml was not imported: it has 3 errors"), std::string::npos) << bad->body;
  EXPECT_NE(bad->body.find(">8720</td>"), std::string::npos);
  EXPECT_EQ(store_->imports().size(), 3u);
}

}  // namespace
}  // namespace lens::server
