// One-off England and Wales bank holidays, as proclaimed. Sources: gov.uk bank-holidays.json
// (copies in shared/reference/data/bank_holidays/) and spec/indicators.md "Working day".
// To add one: a row with the date, the rule-given day it replaces (or nullptr), and its name.
#include "core/bank_holidays.hpp"

namespace lens {

const std::vector<BankHolidayChange>& bank_holiday_changes() {
  static const std::vector<BankHolidayChange> changes = {
      {"1995-05-08", "1995-05-01", "Early May bank holiday (VE Day)"},
      {"1999-12-31", nullptr, "Millennium celebrations"},
      {"2002-06-04", "2002-05-27", "Spring bank holiday"},
      {"2002-06-03", nullptr, "Golden Jubilee bank holiday"},
      {"2011-04-29", nullptr, "Royal wedding"},
      {"2012-06-04", "2012-05-28", "Spring bank holiday"},
      {"2012-06-05", nullptr, "Queen's Diamond Jubilee"},
      {"2020-05-08", "2020-05-04", "Early May bank holiday (VE Day)"},
      {"2022-06-02", "2022-05-30", "Spring bank holiday"},
      {"2022-06-03", nullptr, "Platinum Jubilee bank holiday"},
      {"2022-09-19", nullptr, "Bank Holiday for the State Funeral of Queen Elizabeth II"},
      {"2023-05-08", nullptr, "Bank holiday for the coronation of King Charles III"},
  };
  return changes;
}

}  // namespace lens
