// timestamp.hpp — the current time as people and logs read it: UTC, ISO 8601, to the second.
#pragma once

#include <string>

namespace lens {

// "2026-11-22T09:41:07Z"
std::string utc_timestamp_now();

}  // namespace lens
