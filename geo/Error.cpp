#include "geo/Error.hpp"

#include <utility>

namespace ecotown {
namespace {

std::string formatMessage(const std::string& file, const std::string& reason,
                          const std::string& layer, const std::optional<std::int64_t>& fid) {
    std::string out;
    if (!file.empty())
        out += file + ": ";
    if (!layer.empty())
        out += "layer " + layer + ": ";
    if (fid)
        out += "feature " + std::to_string(*fid) + ": ";
    out += reason;
    return out;
}

}  // namespace

Error::Error(std::string file, std::string reason, std::string layer,
             std::optional<std::int64_t> featureId)
    : std::runtime_error(formatMessage(file, reason, layer, featureId)),
      m_file(std::move(file)),
      m_reason(std::move(reason)),
      m_layer(std::move(layer)),
      m_featureId(featureId) {}

}  // namespace ecotown
