// sql_store.hpp — the Store (store.hpp) over any SqlConnection. Backends provide a
// connection; the logic of imports, migrations and reads lives here once.
#pragma once

#include <memory>

#include "store/sql_connection.hpp"
#include "store/store.hpp"

namespace lens {

std::unique_ptr<Store> make_sql_store(std::unique_ptr<SqlConnection> connection);

}  // namespace lens
