#include "server/routes.hpp"
#include "server/site.hpp"

namespace lens::server {

void add_timescale_routes(Site&) {}

}  // namespace lens::server
