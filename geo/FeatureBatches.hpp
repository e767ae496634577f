#pragma once
// Reads a layer in batches on a background thread while the caller processes and writes the
// previous batches: reading and writing overlap (convert, join). Errors of the reading thread
// are rethrown from next().

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "geo/Dataset.hpp"

namespace ecotown::geo {

class FeatureBatches {
  public:
    // `reader` must outlive this object and is used only by the background thread until then.
    explicit FeatureBatches(FeatureReader& reader, std::size_t batchSize = 8192,
                            std::size_t depth = 4);
    ~FeatureBatches();  // stops the reading thread
    FeatureBatches(const FeatureBatches&) = delete;
    FeatureBatches& operator=(const FeatureBatches&) = delete;

    // The next batch (replacing `batch`), or false at the end.
    bool next(std::vector<Feature>& batch);

  private:
    void run();

    FeatureReader& m_reader;
    std::size_t m_batchSize;
    std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Feature>> m_ready;
    std::vector<std::vector<Feature>> m_spare;  // returned batches, reused to avoid reallocation
    bool m_done = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

}  // namespace ecotown::geo
