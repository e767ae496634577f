#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "geo/Error.hpp"
#include "geo/Parallel.hpp"

using namespace ecotown;
using namespace ecotown::geo;

TEST(ParallelTest, RunsEveryShareOnceAndShareZeroOnTheCaller) {
    std::vector<std::atomic<int>> runs(8);
    std::thread::id zero;
    parallelFor(8, [&](std::size_t i) {
        ++runs[i];
        if (i == 0)
            zero = std::this_thread::get_id();
    });
    for (const auto& r : runs)
        EXPECT_EQ(r.load(), 1);
    EXPECT_EQ(zero, std::this_thread::get_id());
    parallelFor(0, [](std::size_t) { FAIL(); });
}

// A throwing share reaches the caller (it used to std::terminate the program), after the other
// shares have ended; of several, the lowest-numbered share's exception.
TEST(ParallelTest, TheFirstExceptionComesBackAfterEveryShareEnded) {
    std::atomic<int> finished{0};
    try {
        parallelFor(4, [&](std::size_t i) {
            if (i == 3)
                throw InputError("third.gpkg", "share 3 failed");
            if (i == 2)
                throw std::runtime_error("share 2 failed");
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            ++finished;
        });
        FAIL() << "no exception";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "share 2 failed");
    }
    EXPECT_EQ(finished.load(), 2);
    EXPECT_THROW(parallelFor(2,
                             [](std::size_t i) {
                                 if (i == 1)
                                     throw InputError("x.gpkg", "bad");
                             }),
                 InputError);
}
