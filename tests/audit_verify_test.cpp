// `lens audit verify`: exit 0 and the entry count on an intact chain, exit 1 naming the broken
// entry after someone changes a row behind Lens's back.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "store/store.hpp"
#include "support/run_lens.hpp"

namespace lens {
namespace {

TEST(AuditVerifyCommand, ProvesTheChainAndFindsATamperedRow) {
  auto dir = std::filesystem::temp_directory_path() / ("lens-audit-cli-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string db = (dir / "lens.db").string();
  {
    auto store = open_sqlite_store(db);
    for (int i = 0; i < 3; ++i)
      store->audit().append({"alice", "Council", "child.view", "child/301/C" + std::to_string(i), "", "ok"});
  }
  auto ok = testing::run_lens("audit verify --db '" + db + "'", testing::Stderr::Merge);
  EXPECT_EQ(ok.exit_code, 0) << ok.out;
  EXPECT_NE(ok.out.find("audit log intact: 3 entries"), std::string::npos) << ok.out;

  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw,
                         "DROP TRIGGER audit_log_no_update; "
                         "UPDATE audit_log SET record = 'child/301/OTHER' WHERE seq = 2",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);
  auto broken = testing::run_lens("audit verify --db '" + db + "'", testing::Stderr::Merge);
  EXPECT_EQ(broken.exit_code, 1) << broken.out;
  EXPECT_NE(broken.out.find("broken at entry 2"), std::string::npos) << broken.out;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace lens
