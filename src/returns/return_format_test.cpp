#include "returns/return_format.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace lens {
namespace {

namespace fs = std::filesystem;

class ReturnFormatTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lens-format-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream((dir_ / name).string(), std::ios::binary) << text;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

TEST_F(ReturnFormatTest, TellsACinCensusFromA903ByTheRootElement) {
  EXPECT_EQ(detect_return_format(write("census.xml",
                                       "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<Message><Header/></Message>")),
            ReturnFormat::CinCensus);
  EXPECT_EQ(detect_return_format(write("903.xml", "<?xml version='1.0'?><EXPSSDA903><CHILD/></EXPSSDA903>")),
            ReturnFormat::Ssda903);
  // The name does not matter, the content does.
  EXPECT_EQ(detect_return_format(write("census_2017.dat", "<Message/>")), ReturnFormat::CinCensus);
  EXPECT_EQ(detect_return_format(write("notes.xml", "<html></html>")), ReturnFormat::Unknown);
  EXPECT_EQ(detect_return_format(write("random.bin", std::string("\x01\x02\x03", 3))), ReturnFormat::Unknown);
}

TEST_F(ReturnFormatTest, ACsvFileOrAFolderOfThemIsA903) {
  EXPECT_EQ(detect_return_format(write("903/2016-17/episodes.csv", "CHILD,DECOM\n")), ReturnFormat::Ssda903);
  EXPECT_EQ(detect_return_format((dir_ / "903").string()), ReturnFormat::Ssda903);
  write("xml903/return.xml", "<EXPSSDA903/>");
  EXPECT_EQ(detect_return_format((dir_ / "xml903").string()), ReturnFormat::Ssda903);
  write("censuses/census.xml", "<Message/>");
  EXPECT_EQ(detect_return_format((dir_ / "censuses").string()), ReturnFormat::Unknown);
  EXPECT_EQ(detect_return_format((dir_ / "no-such-thing").string()), ReturnFormat::Unknown);
}

}  // namespace
}  // namespace lens
