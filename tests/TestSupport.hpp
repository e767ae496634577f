#pragma once
// Helpers shared by the tests: a scratch folder per test, running the CLI, small file writers.

#include <filesystem>
#include <string>
#include <vector>

#include "TestPaths.hpp"

namespace ecotown::test {

// A fresh empty folder under the build tree, removed when the object goes.
class ScratchDir {
  public:
    ScratchDir();
    ~ScratchDir();
    const std::filesystem::path& path() const { return m_path; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

  private:
    std::filesystem::path m_path;
};

struct CommandResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs the CLI with these arguments (no shell), capturing stdout and stderr. A positive
// `fileSizeLimit` caps the size of any file it writes (RLIMIT_FSIZE): a full disk, simulated.
CommandResult runCli(const std::vector<std::string>& args, long fileSizeLimit = -1);
// Runs the CLI in a pseudo-terminal (util-linux `script`); stdout and stderr come back together.
CommandResult runCliInTerminal(const std::vector<std::string>& args);

void writeTextFile(const std::string& path, const std::string& content);
std::string readTextFile(const std::string& path);

}  // namespace ecotown::test
