#include "FuzzSupport.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace ecotown::fuzz {
namespace fs = std::filesystem;

const std::string& scratchDir() {
    static const std::string dir = [] {
        const char* tmp = std::getenv("TMPDIR");
        fs::path p = fs::path(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") /
                     ("ecotown-fuzz-" + std::to_string(::getpid()));
        std::error_code ec;
        fs::create_directories(p, ec);
        if (ec)
            fail("cannot create the scratch folder " + p.string());
        static const std::string removeAtExit = p.string();
        std::atexit([] {
            std::error_code ignored;
            fs::remove_all(removeAtExit, ignored);
        });
        return p.string();
    }();
    return dir;
}

void writeFile(const std::string& path, const std::uint8_t* data, std::size_t size) {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    f.close();
    if (!f)
        fail("cannot write " + path);
}

void fail(std::string_view what) {
    std::fprintf(stderr, "fuzz invariant broken: %.*s\n", static_cast<int>(what.size()),
                 what.data());
    std::abort();
}

}  // namespace ecotown::fuzz
