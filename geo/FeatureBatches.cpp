#include "geo/FeatureBatches.hpp"

namespace ecotown::geo {

FeatureBatches::FeatureBatches(FeatureReader& reader, std::size_t batchSize, std::size_t depth)
    : m_reader(reader), m_batchSize(batchSize), m_depth(depth), m_thread([this] { run(); }) {}

FeatureBatches::~FeatureBatches() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void FeatureBatches::run() {
    try {
        for (;;) {
            std::vector<Feature> batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || m_ready.size() < m_depth; });
                if (m_stop)
                    return;
                if (!m_spare.empty()) {
                    batch = std::move(m_spare.back());
                    m_spare.pop_back();
                }
            }
            batch.resize(m_batchSize);
            std::size_t n = 0;
            while (n < m_batchSize && m_reader.next(batch[n]))
                ++n;
            batch.resize(n);
            const bool end = n < m_batchSize;
            {
                std::lock_guard lock(m_mutex);
                if (n > 0)
                    m_ready.push_back(std::move(batch));
                m_done = end;
            }
            m_changed.notify_all();
            if (end)
                return;
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
        m_done = true;
        m_changed.notify_all();
    }
}

bool FeatureBatches::next(std::vector<Feature>& batch) {
    std::unique_lock lock(m_mutex);
    if (!batch.empty() || batch.capacity() > 0)
        m_spare.push_back(std::move(batch));
    batch = {};
    m_changed.wait(lock, [&] { return !m_ready.empty() || m_done; });
    if (!m_ready.empty()) {
        batch = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return true;
    }
    if (m_error) {
        std::exception_ptr e = m_error;
        m_error = nullptr;
        std::rethrow_exception(e);
    }
    return false;
}

}  // namespace ecotown::geo
