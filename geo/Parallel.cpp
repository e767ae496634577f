#include "geo/Parallel.hpp"

#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace ecotown::geo {

void parallelFor(std::size_t count, const std::function<void(std::size_t)>& share) {
    if (count == 0)
        return;
    std::vector<std::exception_ptr> errors(count);
    auto run = [&](std::size_t i) noexcept {
        try {
            share(i);
        } catch (...) {
            errors[i] = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    std::vector<std::size_t> leftOver;  // shares whose thread could not be started
    try {
        threads.reserve(count - 1);
    } catch (...) {
        // no memory for the thread list: everything on this thread
    }
    for (std::size_t i = 1; i < count; ++i) {
        try {
            threads.emplace_back(run, i);
        } catch (...) {  // std::system_error (no more threads) or std::bad_alloc
            leftOver.push_back(i);
        }
    }
    run(0);
    for (std::size_t i : leftOver)
        run(i);
    for (std::thread& t : threads)
        t.join();
    for (const std::exception_ptr& e : errors) {
        if (e)
            std::rethrow_exception(e);
    }
}

}  // namespace ecotown::geo
