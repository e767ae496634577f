#include "app/cli/Command.hpp"

#include <cstdio>

#include "geo/Encoding.hpp"
#include "geo/Error.hpp"

namespace ecotown::cli {

std::vector<std::unique_ptr<Command>> makeCommands() {
    std::vector<std::unique_ptr<Command>> out;
    out.push_back(makeInfoCommand());
    out.push_back(makeValidateCommand());
    out.push_back(makeConvertCommand());
    out.push_back(makeJoinCommand());
    out.push_back(makeSampleCommand());
    out.push_back(makeStatsCommand());
    out.push_back(makeExportCommand());
    out.push_back(makeRenderCommand());
    out.push_back(makePublishCommand());
    out.push_back(makeRecordCommand());
    out.push_back(makeImportCommand());
    out.push_back(makeChangesCommand());
    out.push_back(makeKpiCommand());
    out.push_back(makeWebMapCommand());
    out.push_back(makeReportCommand());
    return out;
}

void InputOptions::add(CLI::App& sub, const std::string& sourceName, bool withLayer) {
    sub.add_option(sourceName, source,
                   "Input: a file, a folder of shapefiles, or PG:\"dbname=...\"")
        ->required();
    if (withLayer)
        sub.add_option("--layer", layer, "Layer name (default: the first layer)");
    sub.add_option(
        "--encoding", encoding,
        "Text encoding of the input (e.g. CP874, UTF-8); default: the file's declaration, "
        "else detected");
    sub.add_option("--assume-crs", assumeCrs,
                   "CRS to use when the input declares none (e.g. EPSG:32647)");
}

geo::Dataset InputOptions::open() const {
    return geo::Dataset::open(source, geo::OpenOptions{encoding, assumeCrs});
}

namespace {

// One line, with every password masked, whatever a library put into the message.
std::string oneSafeLine(const std::string& message) {
    std::string line = redactSecrets(message);
    for (char& c : line) {
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    // Names and values from a hostile file or flag: no terminal control, only valid UTF-8.
    return geo::displayText(line);
}

}  // namespace

void printError(const std::string& message) {
    std::fprintf(stderr, "ecotown-cli: %s\n", oneSafeLine(message).c_str());
}

void printNote(const std::string& message) {
    std::fprintf(stderr, "ecotown-cli: note: %s\n", oneSafeLine(message).c_str());
}

}  // namespace ecotown::cli
