#include "TestSupport.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ecotown::test {

ScratchDir::ScratchDir() {
    static std::atomic<int> counter{0};
    m_path = std::filesystem::path(kBinaryDir) / "test-scratch" /
             (std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    // read-only folders made by tests must be writable again to be removed
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ec);
    for (auto& entry : std::filesystem::recursive_directory_iterator(m_path, ec)) {
        std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
    }
    std::filesystem::remove_all(m_path, ec);
}

namespace {

CommandResult runProgram(const char* program, const std::vector<std::string>& args,
                         long fileSizeLimit) {
    ScratchDir capture;
    const std::string outPath = capture.file("stdout");
    const std::string errPath = capture.file("stderr");
    // Everything the child needs is made before fork(): the tests run in processes with threads
    // (Qt, GDAL), and a child of such a process may only make async-signal-safe calls until
    // exec (freopen or malloc there can wait forever on a lock another thread held).
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program));
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int in = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (out < 0 || err < 0 || in < 0)
        throw std::runtime_error("cannot open the capture files");
    struct rlimit limit {
        static_cast<rlim_t>(fileSizeLimit), static_cast<rlim_t>(fileSizeLimit)
    };
    pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::dup2(out, STDOUT_FILENO);
        ::dup2(err, STDERR_FILENO);
        ::dup2(in, STDIN_FILENO);
        if (fileSizeLimit > 0) {
            // the limit applies to what the CLI writes; writes fail with EFBIG instead of the
            // process being killed
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        }
        ::execv(program, argv.data());
        ::_exit(127);
    }
    ::close(out);
    ::close(err);
    ::close(in);
    int status = 0;
    ::waitpid(pid, &status, 0);
    CommandResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readTextFile(outPath);
    r.err = readTextFile(errPath);
    return r;
}

}  // namespace

CommandResult runCli(const std::vector<std::string>& args, long fileSizeLimit) {
    return runProgram(kCliPath, args, fileSizeLimit);
}

CommandResult runCliInTerminal(const std::vector<std::string>& args) {
    std::string command = std::string("'") + kCliPath + "'";
    for (const auto& a : args)
        command += " '" + a + "'";
    return runProgram("/usr/bin/script", {"-qefc", command, "/dev/null"}, -1);
}

void writeTextFile(const std::string& path, const std::string& content) {
    std::ofstream f(path, std::ios::binary);
    f << content;
    if (!f)
        throw std::runtime_error("cannot write " + path);
}

std::string readTextFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

}  // namespace ecotown::test
