#include "server/templates.hpp"

#include <gtest/gtest.h>

namespace lens::server {
namespace {

TEST(Templates, EscapeEverythingAndTreatEmptyTextAsFalse) {
  Templates t(std::string(LENS_SOURCE_DIR) + "/web/templates");
  std::string html = t.render("error", {{"title", "<b>\"x\" & 'y'</b>"}, {"message", ""}});
  EXPECT_NE(html.find("&lt;b&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/b&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_THROW(t.render("no_such_template", {}), std::runtime_error);
  EXPECT_THROW(Templates("/no/such/dir"), std::runtime_error);
}

TEST(Templates, OptionalRowsShowOnlyWithAValue) {
  Templates t(std::string(LENS_SOURCE_DIR) + "/web/templates");
  nlohmann::json child{{"child_id", "C1"}, {"upn", "A1"}, {"former_upn", ""}, {"death_text", ""},
                       {"disabilities", ""}, {"events", nlohmann::json::array()}};
  std::string html = t.render("child", child);
  EXPECT_EQ(html.find("formerly"), std::string::npos);
  EXPECT_EQ(html.find("Date of death"), std::string::npos);
  child["former_upn"] = "B2";
  EXPECT_NE(t.render("child", child).find("(formerly B2)"), std::string::npos);
}

}  // namespace
}  // namespace lens::server
