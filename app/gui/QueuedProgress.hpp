#pragma once
// Progress from work on a background thread, shown on the GUI thread.

#include <QMetaObject>
#include <QPointer>
#include <cstdint>
#include <string>

#include "geo/Progress.hpp"

namespace ecotown::gui {

// A geo::ProgressCallback that calls `apply(receiver, fractionDone)` on the GUI thread (queued);
// harmless once `receiver` is gone. Never cancels.
template <typename T, typename Apply>
geo::ProgressCallback queuedProgress(QPointer<T> receiver, Apply apply) {
    return [receiver, apply](const std::string&, std::int64_t done, std::int64_t total) {
        if (total > 0 && receiver) {
            const double f = static_cast<double>(done) / static_cast<double>(total);
            QMetaObject::invokeMethod(
                receiver,
                [receiver, apply, f] {
                    if (receiver)
                        apply(receiver.data(), f);
                },
                Qt::QueuedConnection);
        }
        return true;
    };
}

}  // namespace ecotown::gui
