#pragma once
// Shared by the libFuzzer targets: a private scratch folder per process for targets that must
// hand their input to a reader as a file, and the one way a target reports a broken invariant.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ecotown::fuzz {

// A folder of this process's own under $TMPDIR (created on first use, removed at exit).
const std::string& scratchDir();
// Writes `data` to `path` (replacing it). Aborts when it cannot: the run is not meaningful then.
void writeFile(const std::string& path, const std::uint8_t* data, std::size_t size);
// Aborts with `what` on stderr: libFuzzer records the input as a crash.
[[noreturn]] void fail(std::string_view what);

}  // namespace ecotown::fuzz
