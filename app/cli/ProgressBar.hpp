#pragma once
// A progress bar on stderr when it is a terminal; silent when piped or redirected.

#include <chrono>
#include <cstdint>
#include <string>

#include "geo/Progress.hpp"

namespace ecotown::cli {

class ProgressBar {
  public:
    ProgressBar();
    ~ProgressBar();  // clears the line
    bool enabled() const { return m_enabled; }
    // Usable as a geo::ProgressCallback.
    bool update(const std::string& stage, std::int64_t done, std::int64_t total);
    geo::ProgressCallback callback();
    void finish();

  private:
    bool m_enabled = false;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_last{};
};

}  // namespace ecotown::cli
