// Looked-after children on the web app and the API, over HTTP: a small hand-written 903 return
// beside the test server's census, so the child page shows one journey from both, a child
// known only from the 903 has a page and is found by search, and the timescales list, its CSV
// and the API carry looked-after reviews.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "returns/ssda903/ssda903_reader.hpp"
#include "support/test_server.hpp"

namespace lens::server {
namespace {

// LA 301, 2016-17, as the 903's CSV tables (dates DD/MM/YYYY).
// - C1000 is also in the census (sample_census: female, born 28 February 2010, two CIN
//   episodes, 15 events). Into care on Monday 19 December 2016 (interim care order); first
//   review due 19 January 2017 (20 working days over Christmas and New Year) and held that
//   day, so the second is due 19 April: due, not overdue, on 31 March 2017.
// - L2000 is only in the 903: into care on Tuesday 1 November 2016 under section 20, a
//   placement change on 15 December in the same period of care, missing 5-7 January. First
//   review due 29 November, held late on 30 November; the second was due 3 months later,
//   30 February clamped to 28 February 2017, and not held: 31 days overdue on 31 March.
// - S3000 is only in the 903, on short breaks (V3): owed no looked-after reviews.
const std::vector<ssda903::InputFile> kReturn = {
    {"header.csv",
     "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
     "C1000,2,28/02/2010,WBRI,A123456789012,,\n"
     "L2000,1,05/06/2008,WBRI,UN2,,\n"
     "S3000,1,14/03/2009,WBRI,UN2,,\n"},
    {"episodes.csv",
     "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
     "C1000,19/12/2016,S,C1,N1,U3,PR1,,,,E8 1AA,E9 1BB,\n"
     "L2000,01/11/2016,S,V2,N2,U4,PR1,15/12/2016,X1,CARPL,E8 1AA,E9 2BB,\n"
     "L2000,15/12/2016,P,V2,N2,U6,PR1,,,,E8 1AA,E9 3BB,\n"
     "S3000,03/10/2016,S,V3,N1,U6,PR1,05/10/2016,E13,,E8 1AA,E9 4BB,\n"
     "S3000,06/02/2017,S,V3,N1,U6,PR1,08/02/2017,E13,,E8 1AA,E9 4BB,\n"},
    {"reviews.csv",
     "CHILD,DOB,REVIEW,REVIEW_CODE\n"
     "C1000,28/02/2010,19/01/2017,PN1\n"
     "L2000,05/06/2008,30/11/2016,PN1\n"},
    {"missing.csv",
     "CHILD,DOB,MISSING,MIS_START,MIS_END\n"
     "L2000,05/06/2008,M,05/01/2017,07/01/2017\n"},
};

class LookedAfterPagesTest : public lens::testing::ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    ssda903::ReadOptions options;
    options.la = "301";
    options.collection_year = 2017;
    auto read = ssda903::read_ssda903_files(kReturn, options);
    for (const auto& p : read.problems) ADD_FAILURE() << to_string(p);
    ASSERT_EQ(read.returns.size(), 1u);
    store_->import_ssda903(read.returns[0].ret, {"903", read.returns[0].sha256, "test"});
  }
  static nlohmann::json body(const httplib::Result& r) { return nlohmann::json::parse(r->body); }
};

TEST_F(LookedAfterPagesTest, TheChildPageShowsOneJourneyFromBothReturns) {
  auto s = sign_in("prac");
  auto r = get(s, "/children/301/C1000");
  ASSERT_EQ(r->status, 200);
  // 15 CIN events (chronology_test) and 2 looked-after ones: care started, a review.
  EXPECT_NE(r->body.find("Showing 17 of 17 events"), std::string::npos);
  EXPECT_NE(r->body.find("Period of care started"), std::string::npos);
  EXPECT_NE(r->body.find("Legal status C1 (Interim care order)"), std::string::npos);
  EXPECT_NE(r->body.find("1 period of care. Looked after since 19 December 2016"), std::string::npos);
  EXPECT_NE(r->body.find("CIN episode 2"), std::string::npos);
  EXPECT_NE(r->body.find("Period of care 1"), std::string::npos);
  auto reviews = get(s, "/children/301/C1000?type=lac_review");
  EXPECT_NE(reviews->body.find("Showing 1 of 17 events"), std::string::npos);
  EXPECT_NE(reviews->body.find("Looked-after review"), std::string::npos);
  EXPECT_NE(reviews->body.find("19 January 2017"), std::string::npos);
}

TEST_F(LookedAfterPagesTest, AChildOnlyInThe903HasAPageAndIsFound) {
  auto s = sign_in("prac");
  auto found = get(s, "/children?q=L2000");
  ASSERT_EQ(found->status, 200);
  EXPECT_NE(found->body.find("/children/301/L2000"), std::string::npos);
  auto r = get(s, "/children/301/L2000");
  ASSERT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("Child L2000"), std::string::npos);
  EXPECT_NE(r->body.find("5 June 2008"), std::string::npos);
  EXPECT_NE(r->body.find("None in the CIN census"), std::string::npos);
  // Care started, the placement changed, a review, missing and back.
  EXPECT_NE(r->body.find("Showing 5 of 5 events"), std::string::npos);
  EXPECT_NE(r->body.find("Placement changed"), std::string::npos);
  EXPECT_NE(r->body.find("Returned after missing or away"), std::string::npos);
  EXPECT_TRUE(audited("child.view", "child/301/L2000", "ok"));
  // Short breaks are in the chronology like any care.
  auto breaks = get(s, "/children/301/S3000");
  ASSERT_EQ(breaks->status, 200);
  EXPECT_NE(breaks->body.find("2 periods of care. Left care on 8 February 2017"), std::string::npos);
  EXPECT_EQ(get(s, "/children/301/NOPE")->status, 404);
  // Another authority's 903-only child needs a reason, as any other record does.
  EXPECT_EQ(get(s, "/children/302/L2000")->status, 403);
}

TEST_F(LookedAfterPagesTest, TimescalesListLookedAfterReviewsAndSayWhatIsNotRecorded) {
  auto s = sign_in("manager");
  auto r = get(s, "/timescales");
  ASSERT_EQ(r->status, 200);
  // As at 31 March 2017 the census's children owe nothing (web_server_test); L2000's second
  // review is overdue and C1000's is due.
  EXPECT_NE(r->body.find("2 items, 1 overdue"), std::string::npos) << r->body;
  EXPECT_NE(r->body.find("Looked-after review (20 working days, 3 months, then 6)"), std::string::npos);
  EXPECT_NE(r->body.find("Not recorded in the data Lens holds"), std::string::npos);
  EXPECT_NE(r->body.find("Looked-after visits"), std::string::npos);
  auto csv = get(s, "/timescales?rule=lac_review&format=csv");
  ASSERT_EQ(csv->status, 200);
  EXPECT_EQ(csv->body,
            "la,child_id,rule,start_event,start,due,status,days_overdue,team\r\n"
            "301,L2000,lac_review,First review,2016-11-30,2017-02-28,overdue,31,\r\n"
            "301,C1000,lac_review,First review,2017-01-19,2017-04-19,due,0,\r\n");
  // As at 1 December 2016 only L2000 was in care, its first review held the day before.
  auto early = get(s, "/timescales?rule=lac_review&as_at=2016-12-01&format=csv");
  EXPECT_EQ(early->body,
            "la,child_id,rule,start_event,start,due,status,days_overdue,team\r\n"
            "301,L2000,lac_review,First review,2016-11-30,2017-02-28,due,0,\r\n");
}

TEST_F(LookedAfterPagesTest, TheApiCarriesTheSameRecords) {
  auto s = sign_in("manager");
  auto items = body(get(s, "/api/v1/timescales?rule=lac_review&status=overdue"))["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["child_id"], "L2000");
  EXPECT_EQ(items[0]["rule_title"], "Looked-after review (20 working days, 3 months, then 6)");
  EXPECT_EQ(items[0]["due"], "2017-02-28");
  EXPECT_EQ(items[0]["days_overdue"], 31);
  EXPECT_EQ(items[0]["episode"], 1);  // the period of care
  EXPECT_TRUE(items[0]["team"].is_null());

  auto child = get(s, "/api/v1/children/301/L2000");
  ASSERT_EQ(child->status, 200);
  auto j = body(child);
  EXPECT_EQ(j["gender"], "1");
  EXPECT_EQ(j["birth_date"], "2008-06-05");
  EXPECT_EQ(j["episodes"], 0);
  EXPECT_EQ(j["periods_of_care"], 1);
  ASSERT_EQ(j["chronology"].size(), 5u);
  EXPECT_EQ(j["chronology"][0]["type"], "missing_return");
  EXPECT_EQ(j["chronology"][0]["period_of_care"], 1);
  EXPECT_EQ(j["chronology"][0]["agency"], "Children's social care");
  auto missing = get(s, "/api/v1/children/301/L2000/chronology?type=missing");
  EXPECT_EQ(body(missing)["events"].size(), 1u);
  auto search = body(get(s, "/api/v1/children?q=L2000"))["children"];
  ASSERT_EQ(search.size(), 1u);
  EXPECT_EQ(search[0]["episodes"], 0);
}

}  // namespace
}  // namespace lens::server
