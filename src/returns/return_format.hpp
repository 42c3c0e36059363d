// return_format.hpp — which statutory return a path holds, so that `lens import` (and
// `lens validate`) can take any of them without being told.
//
// A path is looked at, not read in full: a folder is an SSDA903 return when it holds .csv
// files or an XML file whose root element is <EXPSSDA903>; a .csv file is a 903 table; any
// other file is judged by its root element: <EXPSSDA903> a 903 XML return, <Message> a CIN
// census. Anything else (a folder of nothing useful, random bytes, a missing path) is Unknown,
// and the caller reports it as it would any unreadable file. Reads at most the first 64 KiB of
// a file. Thread-safe.
#pragma once

#include <string>

namespace lens {

enum class ReturnFormat { Unknown, CinCensus, Ssda903 };

ReturnFormat detect_return_format(const std::string& path);

}  // namespace lens
