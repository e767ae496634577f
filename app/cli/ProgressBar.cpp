#include "app/cli/ProgressBar.hpp"

#include <unistd.h>

#include <cstdio>

namespace ecotown::cli {

ProgressBar::ProgressBar() : m_enabled(::isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() {
    finish();
}

bool ProgressBar::update(const std::string& stage, std::int64_t done, std::int64_t total) {
    if (!m_enabled)
        return true;
    const auto now = std::chrono::steady_clock::now();
    if (m_drawn && now - m_last < std::chrono::milliseconds(100) && done != total)
        return true;
    m_last = now;
    m_drawn = true;
    constexpr int kWidth = 30;
    if (total > 0) {
        const double f = std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
        const int filled = static_cast<int>(f * kWidth);
        std::fprintf(stderr, "\r%-24.24s [%.*s%*s] %3d%% %lld/%lld", stage.c_str(), filled,
                     "##############################", kWidth - filled, "",
                     static_cast<int>(f * 100), static_cast<long long>(done),
                     static_cast<long long>(total));
    } else {
        std::fprintf(stderr, "\r%-24.24s %lld", stage.c_str(), static_cast<long long>(done));
    }
    std::fflush(stderr);
    return true;
}

geo::ProgressCallback ProgressBar::callback() {
    if (!m_enabled)
        return {};
    return [this](const std::string& s, std::int64_t d, std::int64_t t) { return update(s, d, t); };
}

void ProgressBar::finish() {
    if (m_enabled && m_drawn) {
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
        m_drawn = false;
    }
}

}  // namespace ecotown::cli
