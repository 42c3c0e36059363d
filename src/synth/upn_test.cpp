#include "synth/upn.hpp"

#include <gtest/gtest.h>

namespace lens::synth {
namespace {

TEST(Upn, CheckLetterWorkedByHand) {
  // Body 301 2001 16 001: digits 3 0 1 2 0 0 1 1 6 0 0 1 at weights 2..13:
  //   3*2 + 0*3 + 1*4 + 2*5 + 0*6 + 0*7 + 1*8 + 1*9 + 6*10 + 0*11 + 0*12 + 1*13
  //   = 6 + 4 + 10 + 8 + 9 + 60 + 13 = 110; 110 mod 23 = 18; alphabet[18] = 'V'
  //   (A B C D E F G H J K L M N P Q R T U V: V is the 19th letter, index 18).
  EXPECT_EQ(upn_check_letter("301200116001"), 'V');
  EXPECT_EQ(make_upn("301", 2001, 16, 1), "V301200116001");
  EXPECT_TRUE(is_valid_upn("V301200116001"));
}

TEST(Upn, TemporaryUpnLetterCountsAtItsAlphabetIndex) {
  // Body 30120011600A: as above but position 13 holds 'A' (index 0) instead of 1:
  //   110 - 13 = 97; 97 mod 23 = 5; alphabet[5] = 'F'.
  EXPECT_EQ(upn_check_letter("30120011600A"), 'F');
  // 'B' (index 1) adds 13 back: 110 mod 23 = 18, 'V' again.
  EXPECT_EQ(upn_check_letter("30120011600B"), 'V');
}

TEST(Upn, RejectsWrongLettersAndShapes) {
  EXPECT_FALSE(is_valid_upn("A301200116001"));   // wrong check letter
  EXPECT_FALSE(is_valid_upn("V30120011600"));    // too short
  EXPECT_FALSE(is_valid_upn("V30120011600I"));   // I is not in the alphabet
  EXPECT_FALSE(upn_check_letter("3012X0116001"));  // a letter before position 13
  EXPECT_THROW(make_upn("30", 1, 1, 1), std::invalid_argument);
  EXPECT_THROW(make_upn("301", 10000, 1, 1), std::invalid_argument);
}

TEST(Upn, EveryGeneratedUpnValidates) {
  for (int e = 0; e < 10000; e += 37)
    for (int s = 0; s < 1000; s += 111) EXPECT_TRUE(is_valid_upn(make_upn("886", e, 19, s)));
}

}  // namespace
}  // namespace lens::synth
