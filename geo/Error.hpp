#pragma once
// The one exception base of Eco-Town Atlas. geo/ and layers/ throw these; the CLI turns them into
// one line on stderr and an exit code, the GUI into a translated message.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ecotown {

// `text` with every password masked: libpq's `password=secret` (also quoted, with blanks around
// '=', any case) becomes `password=***`, and a URI's `postgresql://user:secret@host` becomes
// `postgresql://user:***@host`. Every message of the program goes through it (Error does).
std::string redactSecrets(std::string_view text);

class Error : public std::runtime_error {
  public:
    // `file` is the input or output path the problem is about (may be empty for pure usage
    // errors); `layer` and `featureId` narrow it down where known.
    Error(std::string file, std::string reason, std::string layer = {},
          std::optional<std::int64_t> featureId = std::nullopt);

    const std::string& file() const { return m_file; }
    const std::string& reason() const { return m_reason; }
    const std::string& layer() const { return m_layer; }
    const std::optional<std::int64_t>& featureId() const { return m_featureId; }

  private:
    std::string m_file;
    std::string m_reason;
    std::string m_layer;
    std::optional<std::int64_t> m_featureId;
};

// The input could not be opened or read (CLI exit 2).
class InputError : public Error {
  public:
    using Error::Error;
};

// The output could not be written; nothing was replaced (CLI exit 2).
class OutputError : public Error {
  public:
    using Error::Error;
};

// A parameter is wrong: unknown CRS, unknown format, bad filter (CLI exit 2).
class UsageError : public Error {
  public:
    using Error::Error;
};

}  // namespace ecotown
