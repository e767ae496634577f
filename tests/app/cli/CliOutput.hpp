#pragma once
// Reading what a CLI run printed, shared by the CLI tests.

#include <algorithm>
#include <string>

namespace ecotown::test {

// Lines in a captured stdout or stderr: the CLI prints one line per problem on stderr.
inline int lineCount(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

}  // namespace ecotown::test
