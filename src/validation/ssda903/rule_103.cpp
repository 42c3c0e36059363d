// 903 rule 103: the child's ethnicity must be a code of the ETHNIC list (blank is an error too).
#include "returns/ssda903/ssda903_codes.hpp"
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const int ethnic = header.column("ETHNIC");
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (!ssda903::is_valid_code(ssda903::CodeList::Ethnicity, header.text(row, ethnic), r.collection_year))
      found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "103",
    .message = "The ethnicity code is either not valid or has not been entered.",
    .tables = "Header",
    .fields = "ETHNIC",
    .check = check,
    .examples = {R"(
--- Header
CHILD,ETHNIC
1,WBRI
! 2,XXXX
! 3,
4,MWBC
)"},
}};

}  // namespace
}  // namespace lens::validation
