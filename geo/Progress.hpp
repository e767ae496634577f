#pragma once
// Progress reporting for long work. geo/ calls it; the CLI draws a bar on a TTY, the GUI a bar
// in the window. Returning false from the callback asks the work to stop (it throws Cancelled).

#include <cstdint>
#include <functional>
#include <string>

#include "geo/Error.hpp"

namespace ecotown::geo {

// done/total items (total may be 0 when unknown); `stage` says what is being done.
using ProgressCallback =
    std::function<bool(const std::string& stage, std::int64_t done, std::int64_t total)>;

class Cancelled : public Error {
  public:
    using Error::Error;
};

}  // namespace ecotown::geo
