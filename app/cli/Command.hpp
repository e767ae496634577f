#pragma once
// The CLI's subcommands: each registers its options on a CLI11 subcommand (configure) and does
// its work (run), returning the process exit code. main() only dispatches and reports errors.

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/cli/ProgressBar.hpp"
#include "geo/Dataset.hpp"

namespace ecotown::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitProblems = 1;  // validate found problems
inline constexpr int kExitUnusable = 2;  // input or arguments could not be used

class Command {
  public:
    virtual ~Command() = default;
    virtual const char* name() const = 0;
    virtual const char* description() const = 0;
    virtual void configure(CLI::App& sub) = 0;
    virtual int run() = 0;
};

std::vector<std::unique_ptr<Command>> makeCommands();

std::unique_ptr<Command> makeInfoCommand();
std::unique_ptr<Command> makeValidateCommand();
std::unique_ptr<Command> makeConvertCommand();
std::unique_ptr<Command> makeJoinCommand();
std::unique_ptr<Command> makeSampleCommand();
std::unique_ptr<Command> makeStatsCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeRenderCommand();
std::unique_ptr<Command> makePublishCommand();
std::unique_ptr<Command> makeRecordCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeChangesCommand();
std::unique_ptr<Command> makeKpiCommand();
std::unique_ptr<Command> makeWebMapCommand();
std::unique_ptr<Command> makeReportCommand();

// The options every command that reads a source shares.
struct InputOptions {
    std::string source;
    std::string layer;
    std::string encoding;
    std::string assumeCrs;
    // Registers SOURCE (positional, named `sourceName`) and --layer/--encoding/--assume-crs.
    void add(CLI::App& sub, const std::string& sourceName = "SOURCE", bool withLayer = true);
    geo::Dataset open() const;
};

// Prints one line to stderr: "ecotown-cli: <message>".
void printError(const std::string& message);
// Prints one line to stderr: "ecotown-cli: note: <message>".
void printNote(const std::string& message);

}  // namespace ecotown::cli
