#pragma once
// The one way this program starts worker threads for a share of work: parallelFor runs the
// shares, waits for every one of them, and hands the first exception back to the caller
// (as libosmium's thread::Pool and PDAL's ThreadPool do) instead of std::terminate.

#include <cstddef>
#include <functional>

namespace ecotown::geo {

// Runs share(0) ... share(count - 1), each on a thread of its own except share 0, which runs on
// the calling thread; returns when all have ended. When shares throw, the exception of the
// lowest-numbered one is rethrown, after every share has ended. A thread that cannot be started
// leaves its share to the calling thread.
void parallelFor(std::size_t count, const std::function<void(std::size_t)>& share);

}  // namespace ecotown::geo
