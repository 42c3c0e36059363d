// The measures pages and API over HTTP: the dashboard, an indicator's page, the children behind
// a figure, the exceptions, and /api/v1/measures — status, access rules and content. The store
// holds the hand-worked census of tests/cases/measures/episodes_and_plans as LA 301 (its
// expected.json gives the figures used here) and sample_census for LA 302; the server rates
// against data/targets/example.csv.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "measures/census_sources.hpp"
#include "measures/comparators.hpp"
#include "measures/output.hpp"
#include "measures/population.hpp"
#include "measures/store_snapshot.hpp"
#include "support/sample_looked_after.hpp"
#include "support/test_server.hpp"

namespace lens::server {
namespace {

const std::string kTargets = std::string(LENS_SOURCE_DIR) + "/data/targets/example.csv";

class MeasuresPagesTest : public lens::testing::ServerTest {
 protected:
  void configure(ServerOptions& o) override { o.targets_file = kTargets; }
  void SetUp() override {
    ServerTest::SetUp();
    auto files = measures::read_census_files(
        {std::string(LENS_SOURCE_DIR) + "/tests/cases/measures/episodes_and_plans/census.xml"});
    ASSERT_EQ(files.censuses.size(), 1u);
    // Replaces the sample's LA 301 (same year), after the server started: the server's
    // snapshot must notice the import.
    store_->import_census(files.censuses[0], {"episodes_and_plans.xml", "case", "test"});
  }
  static nlohmann::json body(const httplib::Result& r) { return nlohmann::json::parse(r->body); }
  // The text of the dashboard row of an indicator ("" when there is none).
  static std::string row(const std::string& html, const std::string& id) {
    std::smatch m;
    if (std::regex_search(html, m, std::regex("<tr class=\"govuk-table__row\" id=\"row-" + id + "\">([\\s\\S]*?)</tr>")))
      return m[1];
    return "";
  }
  static bool has(const std::string& html, const std::string& text) { return html.find(text) != std::string::npos; }
};

TEST_F(MeasuresPagesTest, TheDashboardShowsEveryIndicatorForTheUsersOwnAuthority) {
  auto manager = sign_in("manager");  // Council 301: manager and analyst
  auto r = get(manager, "/");
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string& html = r->body;
  // The area defaults to the organisation's authority, the period to the census's year.
  EXPECT_TRUE(has(html, "Barking and Dagenham, 2016-17 (1 April 2016 to 31 March 2017)")) << html;
  EXPECT_TRUE(has(html, "<option value=\"2016-17\" selected>"));
  for (const auto* ind : measures::all_indicators()) EXPECT_FALSE(row(html, std::string(ind->id)).empty()) << ind->id;
  // expected.json: 4 of the 7 plans started are second or later plans: 57.1%; the example
  // target is 18% with a tolerance of 3, so it is red.
  std::string second = row(html, "cpp_second_or_subsequent_pct");
  EXPECT_TRUE(has(second, ">57.1%<")) << second;
  EXPECT_TRUE(has(second, ">4 / 7<")) << second;
  EXPECT_TRUE(has(second, ">18.0%<")) << second;
  EXPECT_TRUE(has(second, "govuk-tag--red lens-rag\">Red<")) << second;
  EXPECT_TRUE(has(second, "href=\"/indicators/cpp_second_or_subsequent_pct?la=301&amp;period=2016-17\"")) << second;
  // A count has no denominator and no target in the example file.
  std::string started = row(html, "cpp_started");
  EXPECT_TRUE(has(started, ">7<")) << started;
  EXPECT_TRUE(has(started, ">None set<")) << started;
  // The store holds one census, which covers 2016-17 only: last year is not held.
  EXPECT_TRUE(has(started, ">Not held<")) << started;
  EXPECT_TRUE(has(html, "Last period (2015-16) is not shown: the data starts on 2016-04-01.")) << html;
  // Comparators for 2016-17 from data/comparators, and the five-year trend, one table each.
  EXPECT_TRUE(has(html, "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">England</th>"));
  EXPECT_TRUE(has(html, "id=\"trend-cpp_started\""));
  EXPECT_TRUE(has(html, "Five-year trends, 2012-13 to 2016-17"));
  EXPECT_TRUE(has(html, "<script src=\"/vendor/chart.js/chart.umd.min.js\" defer></script>"));
  EXPECT_FALSE(std::regex_search(html, std::regex("<script(?![^>]*\\bsrc=)[^>]*>")));
  EXPECT_EQ(html.find("style="), std::string::npos);
  // Exceptions are signposted.
  EXPECT_TRUE(has(html, "indicators are exceptions")) << html;
}

TEST_F(MeasuresPagesTest, SeveralAuthoritiesAddUpAndThePeriodCanBeChanged) {
  auto manager = sign_in("manager");
  auto count = [&](const std::string& query) {
    auto r = get(manager, "/api/v1/measures?indicator=referrals&" + query);
    EXPECT_EQ(r->status, 200) << query << ": " << r->body;
    return body(r)["indicators"][0]["numerator"].get<std::int64_t>();
  };
  // LA 302's sample census: C1000 and C1001 referred again on 2016-11-30, unborn C1002 on
  // 2017-01-10: 3 referrals in 2016-17.
  const auto a = count("la=301&period=2016-17"), b = count("la=302&period=2016-17");
  EXPECT_EQ(b, 3);
  EXPECT_EQ(count("la=301&la=302&period=2016-17"), a + b);
  EXPECT_EQ(count("la=301,Barnet&period=2016-17"), a + b);  // names and commas, as --la

  auto both = get(manager, "/?la=301&la=302&period=2016-17-Q4");
  ASSERT_EQ(both->status, 200);
  EXPECT_TRUE(has(both->body, "Barking and Dagenham + Barnet, 2016-17-Q4 (1 January 2017 to 31 March 2017)")) << both->body;
  EXPECT_TRUE(has(both->body, "<option value=\"2016-17-Q4\" selected>"));
  EXPECT_TRUE(has(both->body, "value=\"302\" checked"));
  // A typed period wins over the list, and one the list does not offer is added to it.
  auto custom = get(manager, "/?period=2016-17&custom=2016-04-01..2016-09-30");
  ASSERT_EQ(custom->status, 200);
  EXPECT_TRUE(has(custom->body, "2016-04-01..2016-09-30 (1 April 2016 to 30 September 2016)"));
  EXPECT_TRUE(has(custom->body, "<option value=\"2016-04-01..2016-09-30\" selected>"));

  auto bad = get(manager, "/?custom=2016-13");
  EXPECT_EQ(bad->status, 400);
  EXPECT_TRUE(has(bad->body, "govuk-error-summary")) << bad->body;
  EXPECT_TRUE(has(bad->body, "href=\"#custom\"")) << bad->body;
  auto unknown = get(manager, "/?la=Atlantis");
  EXPECT_EQ(unknown->status, 400);
  EXPECT_TRUE(has(unknown->body, "Unknown local authority &apos;Atlantis&apos;")) << unknown->body;
  auto not_held = get(manager, "/?la=303");
  EXPECT_EQ(not_held->status, 400);
  EXPECT_TRUE(has(not_held->body, "Lens holds no records for Barnsley (303)") ||
              has(not_held->body, "Lens holds no records for")) << not_held->body;
}

TEST_F(MeasuresPagesTest, SmallNumbersAreSuppressedForRolesWithoutChildLevelAccess) {
  auto scrutineer = sign_in("scrutineer");  // partnership unit: every authority by default
  auto r = get(scrutineer, "/");
  ASSERT_EQ(r->status, 200);
  // 301 + 302: 7 plans started (302's sample plan started in 2015-16), 4 ended in 301 (302's
  // ended 2016-01-10): 4 is under the threshold of 5.
  EXPECT_TRUE(has(row(r->body, "cpp_started"), ">7<")) << row(r->body, "cpp_started");
  EXPECT_TRUE(has(row(r->body, "cpp_ended"), ">suppressed<")) << row(r->body, "cpp_ended");
  EXPECT_TRUE(has(r->body, "fewer than 5 children or events are suppressed"));
  auto api = body(get(scrutineer, "/api/v1/measures?period=2016-17&indicator=cpp_ended"));
  EXPECT_TRUE(api["indicators"][0]["value"].is_null());
  EXPECT_EQ(api["indicators"][0]["suppressed"], true);
  // The manager, with child-level access, sees the number.
  auto manager = sign_in("manager");
  EXPECT_TRUE(has(row(get(manager, "/")->body, "cpp_ended"), ">4<"));
}

TEST_F(MeasuresPagesTest, AnIndicatorPageHasItsDefinitionFiguresBreakdownsAndTrend) {
  auto manager = sign_in("manager");
  auto r = get(manager, "/indicators/cpp_started?la=301&period=2016-17");
  ASSERT_EQ(r->status, 200) << r->body;
  const std::string& html = r->body;
  EXPECT_TRUE(has(html, "<h1 class=\"govuk-heading-l\">Child protection plans started</h1>"));
  EXPECT_TRUE(has(html, "Higher is better") || has(html, "Neither higher nor lower"));
  // expected.json: NEG 4, PHY 2, EMO 1 by initial category.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(html, m, std::regex("<table[^>]*id=\"breakdown-category\"[\\s\\S]*?</table>")));
  std::string category = m[0];
  EXPECT_TRUE(std::regex_search(category, std::regex("Neglect</th>\\s*<td[^>]*data-value=\"4\">4</td>"))) << category;
  EXPECT_TRUE(std::regex_search(category, std::regex("Physical abuse</th>\\s*<td[^>]*data-value=\"2\">2</td>"))) << category;
  EXPECT_TRUE(has(category, "data-chart=\"bar\""));
  EXPECT_TRUE(has(html, "id=\"breakdown-age_band\""));
  EXPECT_TRUE(has(html, "id=\"trend-cpp_started\""));
  EXPECT_TRUE(has(html, "data-chart=\"line\""));
  EXPECT_TRUE(has(html, "href=\"/indicators/cpp_started/children?la=301&amp;period=2016-17\""));

  // A percentage shows its numerator, denominator, target and tolerance.
  auto pct = get(manager, "/indicators/cpp_second_or_subsequent_pct?period=2016-17");
  ASSERT_EQ(pct->status, 200);
  EXPECT_TRUE(has(pct->body, "<dd class=\"govuk-summary-list__value\">57.1%</dd>")) << pct->body;
  EXPECT_TRUE(has(pct->body, "18.0%, amber within 3.0 percentage points of it"));
  EXPECT_TRUE(has(pct->body, "Red against the local target"));

  // A scrutineer sees the page without the way to the children.
  auto scrutineer = sign_in("scrutineer");
  auto s = get(scrutineer, "/indicators/cpp_started?la=301&period=2016-17");
  ASSERT_EQ(s->status, 200);
  EXPECT_FALSE(has(s->body, "/children?"));
  EXPECT_EQ(get(manager, "/indicators/no_such_indicator")->status, 404);
}

TEST_F(MeasuresPagesTest, TheChildrenBehindAFigureAreListedOnlyForChildLevelRolesAndAudited) {
  auto manager = sign_in("manager");
  auto r = get(manager, "/indicators/cpp_started/children?la=301&period=2016-17");
  ASSERT_EQ(r->status, 200) << r->body;
  // expected.json: plans started by C4, C6, C7, C8 (two), C9 and C10.
  for (const char* id : {"C4", "C6", "C7", "C8", "C9", "C10"})
    EXPECT_TRUE(has(r->body, std::string("href=\"/children/301/") + id + "\">" + id + "</a>")) << id;
  EXPECT_FALSE(has(r->body, ">C1</a>"));
  EXPECT_TRUE(std::regex_search(r->body, std::regex(">C8</a></td>\\s*<td[^>]*>301</td>\\s*<td[^>]*>2</td>")));
  EXPECT_TRUE(has(r->body, "6 children; 6 of your organisation's authority listed")) << r->body;
  EXPECT_TRUE(audited("indicator.children", "indicator/cpp_started?la=301&period=2016-17", "ok: 6 children listed"));

  // A percentage lists its numerator: C4, C6, C8 (its October plan) and C10; the whole
  // denominator on request.
  auto pct = get(manager, "/indicators/cpp_second_or_subsequent_pct/children?la=301&period=2016-17");
  ASSERT_EQ(pct->status, 200);
  EXPECT_TRUE(has(pct->body, ">4 children;"));
  EXPECT_FALSE(has(pct->body, ">C7</a>"));
  auto all = get(manager, "/indicators/cpp_second_or_subsequent_pct/children?la=301&period=2016-17&which=denominator");
  EXPECT_TRUE(has(all->body, ">6 children;"));
  EXPECT_TRUE(has(all->body, ">C7</a>"));

  // Another authority's children are counted, not named: 302's three referrals in 2016-17.
  auto mixed = get(manager, "/indicators/referrals/children?la=301&la=302&period=2016-17");
  ASSERT_EQ(mixed->status, 200);
  EXPECT_TRUE(has(mixed->body, "3 children of LA 302 are not named")) << mixed->body;
  EXPECT_FALSE(has(mixed->body, "/children/302/"));

  // Roles without child-level access are refused, and the refusal is audited.
  auto scrutineer = sign_in("scrutineer");
  EXPECT_EQ(get(scrutineer, "/indicators/cpp_started/children?la=301&period=2016-17")->status, 403);
  EXPECT_TRUE(audited("indicator.children", "indicator/cpp_started?la=301&period=2016-17", "refused"));
  auto prac = sign_in("prac");  // child-level, but no aggregates
  EXPECT_EQ(get(prac, "/indicators/cpp_started/children")->status, 403);
}

TEST_F(MeasuresPagesTest, TheExceptionsPageListsWhatIsRedOrWorseThanEveryComparator) {
  auto manager = sign_in("manager");
  auto r = get(manager, "/exceptions?la=301&period=2016-17");
  ASSERT_EQ(r->status, 200) << r->body;
  // Red against data/targets/example.csv: 57.1% second plans (target 18, tolerance 3), 14.3%
  // open two years or more (target 5, tolerance 1), 25.0% ended after two years (4, 1).
  for (const char* id : {"cpp_second_or_subsequent_pct", "cpp_open_2y_plus_pct", "cpp_ended_2y_plus_pct"}) {
    std::string line = row(r->body, id);
    EXPECT_TRUE(has(line, "Red against the local target")) << id << ": " << line;
  }
  // cpp_started has no polarity and no target: never an exception.
  EXPECT_TRUE(row(r->body, "cpp_started").empty());
}

TEST_F(MeasuresPagesTest, TheApiAnswersExactlyAsLensMeasuresFormatJson) {
  auto manager = sign_in("manager");
  auto r = get(manager, "/api/v1/measures?la=301&period=2016-17&indicator=cpp_started&indicator=cpp_at_end&by=category");
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  // What `lens measures --db ... --la 301 --period 2016-17 --indicator cpp_started --indicator
  // cpp_at_end --by category --targets example.csv --format json` computes over the same store.
  measures::Request req;
  req.period = measures::parse_period("2016-17");
  req.authorities = {"301"};
  req.indicators = measures::select_indicators({"cpp_started", "cpp_at_end"});
  req.by = {measures::Dim::Category};
  const auto directory = measures::AuthorityDirectory::load_default();
  const auto population = measures::PopulationTable::load_default();
  const auto comparators = measures::ComparatorTable::load_default();
  const auto neighbours = measures::StatisticalNeighbours::load_default();
  const auto targets = measures::TargetTable::load(kTargets);
  const auto snapshot = measures::snapshot_of_store(*store_);
  const auto card = measures::build_scorecard(snapshot, req, {&population, &directory, &comparators, &neighbours, &targets, 1});
  EXPECT_EQ(r->body, measures::to_json(card).dump());
  auto j = nlohmann::ordered_json::parse(r->body);
  EXPECT_EQ(j["indicators"][0]["numerator"], 7);
  EXPECT_EQ(j["indicators"][1]["numerator"], 7);  // expected.json: 7 on a plan on 2017-03-31

  EXPECT_EQ(get(manager, "/api/v1/measures?period=2016-13")->status, 400);
  EXPECT_EQ(body(get(manager, "/api/v1/measures?indicator=nope"))["parameter"], "indicator");
  EXPECT_EQ(get(manager, "/api/v1/measures?by=colour")->status, 400);
  // Access: aggregates only.
  EXPECT_EQ(get(sign_in("admin"), "/api/v1/measures")->status, 403);
  EXPECT_EQ(get(sign_in("prac"), "/api/v1/measures")->status, 403);
}

TEST_F(MeasuresPagesTest, RolesWithoutAggregatesAreRefused) {
  auto prac = sign_in("prac");
  EXPECT_EQ(get(prac, "/")->status, 303);  // to the children search
  EXPECT_EQ(get(prac, "/exceptions")->status, 403);
  EXPECT_EQ(get(prac, "/indicators/cpp_started")->status, 403);
  auto admin = sign_in("admin");
  EXPECT_EQ(get(admin, "/indicators/cpp_started")->status, 403);
  EXPECT_EQ(get(admin, "/exceptions")->status, 403);
  EXPECT_EQ(client().Get("/indicators/cpp_started")->status, 303);  // strangers sign in first
}

TEST_F(MeasuresPagesTest, LookedAfterIndicatorsComeFromThe903ReturnsHeldAndTheirOwnYears) {
  // Two 903 years for 301: the looked-after figures are whole from 1 April 2015, the CIN
  // census's only from 1 April 2016.
  store_->import_ssda903(lens::testing::sample_looked_after_return("301", 2016), {"903-2016", "l16", "test"});
  store_->import_ssda903(lens::testing::sample_looked_after_return("301", 2017), {"903-2017", "l17", "test"});
  measures::Request req;
  req.period = measures::parse_period("2016-17");
  req.authorities = {"301"};
  req.indicators = measures::select_indicators({"lac_at_end"});
  const auto expected = measures::compute(measures::snapshot_of_store(*store_), req).at(0).figure.numerator;
  EXPECT_GT(expected, 0);
  auto manager = sign_in("manager");
  auto r = get(manager, "/?la=301&period=2016-17");
  ASSERT_EQ(r->status, 200);
  EXPECT_TRUE(has(row(r->body, "lac_at_end"), ">" + std::to_string(expected) + "<")) << row(r->body, "lac_at_end");

  auto page = get(manager, "/indicators/lac_at_end?la=301&period=2016-17");
  ASSERT_EQ(page->status, 200);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page->body, m, std::regex("<table[^>]*id=\"trend-lac_at_end\"[\\s\\S]*?</table>")));
  const std::string trend = m[0];
  EXPECT_TRUE(std::regex_search(trend, std::regex("2014-15</th>\\s*<td[^>]*>Not held<")));
  EXPECT_FALSE(std::regex_search(trend, std::regex("2015-16</th>\\s*<td[^>]*>Not held<"))) << trend;
  auto cin = get(manager, "/indicators/cpp_started?la=301&period=2016-17");
  EXPECT_TRUE(std::regex_search(cin->body, std::regex("2015-16</th>\\s*<td[^>]*>Not held<")));
}

TEST_F(MeasuresPagesTest, AnImportIsSeenOnTheNextRequest) {
  auto manager = sign_in("manager");
  auto before = body(get(manager, "/api/v1/measures?la=302&period=2016-17&indicator=referrals"));
  EXPECT_EQ(before["indicators"][0]["numerator"], 3);
  EXPECT_TRUE(has(row(get(manager, "/?la=302&period=2016-17")->body, "referrals"), ">3<"));
  EXPECT_TRUE(has(row(get(manager, "/?la=302&period=2016-17")->body, "referrals"), ">3<"));  // kept
  // A newer census for 302 with six children: C1000, C1001, C1003 and C1004 re-referred on
  // 2016-11-30, C1002 and C1005 (unborn) on 2017-01-10: 6 referrals in 2016-17.
  store_->import_census(lens::testing::sample_census("302", 2017, 6), {"b6.xml", "b6", "test"});
  auto after = body(get(manager, "/api/v1/measures?la=302&period=2016-17&indicator=referrals"));
  EXPECT_EQ(after["indicators"][0]["numerator"], 6);
  EXPECT_TRUE(has(row(get(manager, "/?la=302&period=2016-17")->body, "referrals"), ">6<"));
}

}  // namespace
}  // namespace lens::server
