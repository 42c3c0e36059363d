// CIN rule 4220: the child's ethnicity must be present and a code of the Ethnicity list.
#include "returns/cin/cin_codes.hpp"
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& characteristics = r.table("ChildCharacteristics");
  const int ethnicity = characteristics.column("Ethnicity");
  for (std::size_t row = 0; row < characteristics.rows(); ++row)
    if (!lens::cin::is_valid_code(lens::cin::CodeList::Ethnicity, characteristics.text(row, ethnicity)))
      found.flag(characteristics, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4220",
    .message = "Ethnicity is missing or invalid (see Ethnicity table)",
    .tables = "ChildCharacteristics",
    .fields = "Ethnicity",
    .check = check,
    .examples = {R"(
# Codes are exact: wbri in lower case is not WBRI.
--- ChildCharacteristics
LAchildID,Ethnicity
1,WBRI
2,NOBT
! 3,
! 4,XXXX
! 5,wbri
)"},
}};

}  // namespace
}  // namespace lens::validation
