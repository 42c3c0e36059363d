// sql_accounts.hpp — AccountStore and AuditLog (accounts.hpp, audit_log.hpp) over any
// SqlConnection, written once for every backend. The connection belongs to the Store, which
// outlives these objects.
#pragma once

#include <memory>

#include "store/accounts.hpp"
#include "store/audit_log.hpp"
#include "store/sql_connection.hpp"

namespace lens {

std::unique_ptr<AccountStore> make_sql_account_store(SqlConnection& connection);
std::unique_ptr<AuditLog> make_sql_audit_log(SqlConnection& connection);

}  // namespace lens
