// ecotown-cli: the command line of Eco-Town Atlas. Dispatches to one Command per subcommand and
// turns every failure into one line on stderr and an exit code (0 ok, 1 problems, 2 unusable).

#include <clocale>
#include <cstdio>
#include <exception>
#include <new>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "app/cli/Command.hpp"
#include "geo/Error.hpp"

namespace {

// No subcommand was parsed: name the word the user typed in its place (or the option) and list
// the real subcommands.
std::string missingSubcommand(
    int argc, char** argv, const std::vector<std::pair<CLI::App*, ecotown::cli::Command*>>& subs) {
    std::string names;
    for (const auto& [sub, command] : subs)
        names += (names.empty() ? "" : ", ") + sub->get_name();
    for (int i = 1; i < argc; ++i) {
        const std::string_view word(argv[i]);
        if (!word.empty() && word.front() != '-')
            return "unknown subcommand '" + std::string(word) + "'; the subcommands are " + names;
    }
    if (argc > 1)  // options only (--help and --version are answered before this)
        return std::string("unknown option '") + argv[1] + "'; a subcommand comes first: " + names;
    return "a subcommand is required: " + names + " (ecotown-cli --help says more)";
}

}  // namespace

int main(int argc, char** argv) {
    using namespace ecotown::cli;
    std::setlocale(LC_ALL, "C");  // numbers are parsed and printed the same everywhere
    CLI::App app{"Eco-Town Atlas: maps and data of Thailand's eco-industrial towns"};
    app.name("ecotown-cli");
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("ecotown-cli ") + ECOTOWN_VERSION);
    auto commands = makeCommands();
    std::vector<std::pair<CLI::App*, Command*>> subs;
    for (auto& c : commands) {
        CLI::App* sub = app.add_subcommand(c->name(), c->description());
        c->configure(*sub);
        subs.emplace_back(sub, c.get());
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        printError(app.get_subcommands().empty() ? missingSubcommand(argc, argv, subs) : e.what());
        return kExitUnusable;
    }
    try {
        for (auto& [sub, command] : subs) {
            if (sub->parsed())
                return command->run();
        }
    } catch (const ecotown::Error& e) {
        printError(e.what());
        return kExitUnusable;
    } catch (const std::bad_alloc&) {
        printError("out of memory");
        return kExitUnusable;
    } catch (const std::exception& e) {
        printError(std::string("unexpected error: ") + e.what());
        return kExitUnusable;
    }
    return kExitUnusable;
}
