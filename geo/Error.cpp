#include "geo/Error.hpp"

#include <cctype>
#include <utility>

namespace ecotown {
namespace {

bool startsWithNoCase(std::string_view text, std::size_t at, std::string_view word) {
    if (text.size() - at < word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i])
            return false;
    }
    return true;
}

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The end of a libpq keyword value starting at `i`: a quoted value ends at its closing quote
// (backslash escapes), a plain one at the next blank.
std::size_t valueEnd(std::string_view text, std::size_t i) {
    if (i < text.size() && text[i] == '\'') {
        for (++i; i < text.size(); ++i) {
            if (text[i] == '\\' && i + 1 < text.size())
                ++i;
            else if (text[i] == '\'')
                return i + 1;
        }
        return text.size();
    }
    while (i < text.size() && !isBlank(text[i]) && text[i] != '"')
        ++i;
    return i;
}

}  // namespace

std::string redactSecrets(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        // password = value (a keyword: not the tail of a longer word such as "nopassword")
        if (startsWithNoCase(text, i, "password") &&
            (i == 0 ||
             !(std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '_'))) {
            std::size_t j = i + 8;
            while (j < text.size() && isBlank(text[j]))
                ++j;
            if (j < text.size() && text[j] == '=') {
                ++j;
                while (j < text.size() && isBlank(text[j]))
                    ++j;
                out += "password=***";
                i = valueEnd(text, j);
                continue;
            }
        }
        // scheme://user:secret@host
        if (text.compare(i, 3, "://") == 0) {
            const std::size_t start = i + 3;
            std::size_t end = start;
            while (end < text.size() && !isBlank(text[end]) && text[end] != '/' && text[end] != '@')
                ++end;
            if (end < text.size() && text[end] == '@') {
                const std::size_t colon = text.substr(start, end - start).find(':');
                if (colon != std::string_view::npos) {
                    out += "://";
                    out += text.substr(start, colon + 1);
                    out += "***";
                    i = end;
                    continue;
                }
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

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
    : std::runtime_error(redactSecrets(formatMessage(file, reason, layer, featureId))),
      m_file(redactSecrets(file)),
      m_reason(redactSecrets(reason)),
      m_layer(std::move(layer)),
      m_featureId(featureId) {}

}  // namespace ecotown
