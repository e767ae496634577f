// `ecotown-cli webmap --output DIR`: a self-contained folder that shows the filtered atlas in any
// browser from disk, with no network and no server: index.html, its script and style, the data
// as a script (data.js) and Leaflet copied from Debian's libjs-leaflet. The folder is built
// under a temporary name beside DIR and renamed into place when complete; an existing DIR is
// replaced only with --overwrite.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include <unistd.h>

#include "app/cli/Command.hpp"
#include "app/cli/FilterOptions.hpp"
#include "app/cli/WebMapPage.hpp"
#include "layers/WebMap.hpp"

namespace ecotown::cli {
namespace {

namespace fs = std::filesystem;

inline constexpr const char* kDebianLeaflet = "/usr/share/javascript/leaflet";

void writeFile(const fs::path& path, const std::string& a, const std::string& b = {},
               const std::string& c = {}) {
    std::ofstream out(path, std::ios::binary);
    out << a << b << c;
    out.close();
    if (!out)
        throw OutputError(path.string(), "cannot write (disk full or no permission?)");
}

// A folder under a temporary name beside the target, removed unless released.
class TempFolder {
  public:
    explicit TempFolder(const fs::path& target)
        : m_path(target.parent_path() /
                 ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()))) {
        std::error_code ec;
        fs::remove_all(m_path, ec);
        if (!fs::create_directory(m_path, ec))
            throw OutputError(target.string(), "cannot create a folder beside it: " + ec.message());
    }
    ~TempFolder() {
        if (!m_released) {
            std::error_code ec;
            fs::remove_all(m_path, ec);
        }
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const fs::path& path() const { return m_path; }
    void release() { m_released = true; }

  private:
    fs::path m_path;
    bool m_released = false;
};

class WebMapCommand final : public Command {
  public:
    const char* name() const override { return "webmap"; }
    const char* description() const override {
        return "A web map folder to share: opens from disk in any browser, no server needed";
    }
    void configure(CLI::App& sub) override {
        sub.add_option("--output", m_output, "The folder to write (index.html and its files)")
            ->required();
        m_filter.add(sub);
        sub.add_option("--lang", m_lang, "The page's first language: en (default) or th");
        sub.add_flag("--overwrite", m_overwrite, "Replace an existing folder");
        sub.add_option("--leaflet", m_leaflet,
                       "Where Leaflet is (default: Debian's libjs-leaflet, " +
                           std::string(kDebianLeaflet) + ")");
        m_data.add(sub);
    }

    int run() override {
        if (m_lang != "en" && m_lang != "th")
            throw UsageError("", "--lang: '" + m_lang + "' is not en or th");
        const fs::path leaflet(m_leaflet);
        for (const char* file : {"leaflet.js", "leaflet.css"}) {
            std::error_code ec;
            if (!fs::is_regular_file(leaflet / file, ec)) {
                throw InputError(m_leaflet, std::string("has no ") + file +
                                                " (install Debian's libjs-leaflet, or give "
                                                "--leaflet DIR)");
            }
        }
        const fs::path target = fs::absolute(fs::path(m_output)).lexically_normal();
        checkTarget(target);

        const layers::Filter filter = m_filter.toFilter();
        const layers::Atlas atlas = m_data.load(true);
        const layers::Selection selection = layers::select(atlas, filter);
        for (const auto& p : selection.unmatchedProvinces)
            printNote("--province '" + p + "' matches no province");
        layers::WebMapCounts counts;
        const std::string json = layers::webMapDataJson(atlas, selection, m_lang, counts);

        TempFolder temp(target);
        writeFile(temp.path() / "index.html", webMapIndexHtml());
        writeFile(temp.path() / "webmap.css", webMapCss());
        writeFile(temp.path() / "webmap.js", webMapScript());
        writeFile(temp.path() / "data.js", "window.ECOTOWN_DATA = ", json, ";\n");
        copyLeaflet(leaflet, temp.path() / "leaflet");
        moveIntoPlace(temp, target);
        std::printf("wrote %s: %lld provinces, %lld areas, %lld estates, %lld factories\n",
                    (target / "index.html").c_str(), static_cast<long long>(counts.provinces),
                    static_cast<long long>(counts.areas), static_cast<long long>(counts.estates),
                    static_cast<long long>(counts.factories));
        return kExitOk;
    }

  private:
    void checkTarget(const fs::path& target) const {
        std::error_code ec;
        if (!fs::is_directory(target.parent_path(), ec)) {
            throw OutputError(m_output,
                              "the folder " + target.parent_path().string() + " does not exist");
        }
        if (fs::exists(fs::symlink_status(target, ec))) {
            if (!fs::is_directory(target, ec))
                throw OutputError(m_output, "exists and is not a folder");
            if (!m_overwrite && !fs::is_empty(target, ec))
                throw OutputError(m_output, "the folder exists (use --overwrite to replace it)");
        }
    }

    static void copyLeaflet(const fs::path& from, const fs::path& to) {
        std::error_code ec;
        fs::create_directory(to, ec);
        for (const char* file : {"leaflet.js", "leaflet.css"}) {
            if (!fs::copy_file(from / file, to / file, ec))
                throw OutputError(to.string(), "cannot copy Leaflet's " + std::string(file) + ": " +
                                                   ec.message());
        }
        if (fs::is_directory(from / "images", ec)) {
            fs::copy(from / "images", to / "images", fs::copy_options::recursive, ec);
            if (ec)
                throw OutputError(to.string(), "cannot copy Leaflet's images: " + ec.message());
        }
    }

    static void moveIntoPlace(TempFolder& temp, const fs::path& target) {
        std::error_code ec;
        fs::path old;
        if (fs::exists(fs::symlink_status(target, ec))) {
            // Checked by checkTarget: an empty folder, or --overwrite.
            old = target.parent_path() /
                  ("." + target.filename().string() + ".old-" + std::to_string(::getpid()));
            fs::rename(target, old, ec);
            if (ec)
                throw OutputError(target.string(), "cannot move the old folder: " + ec.message());
        }
        fs::rename(temp.path(), target, ec);
        if (ec) {
            std::error_code back;
            if (!old.empty())
                fs::rename(old, target, back);
            throw OutputError(target.string(),
                              "cannot rename the finished folder into place: " + ec.message());
        }
        temp.release();
        if (!old.empty())
            fs::remove_all(old, ec);
    }

    std::string m_output;
    FilterOptions m_filter;
    DataOptions m_data;
    std::string m_lang = "en";
    bool m_overwrite = false;
    std::string m_leaflet = kDebianLeaflet;
};

}  // namespace

std::unique_ptr<Command> makeWebMapCommand() {
    return std::make_unique<WebMapCommand>();
}

}  // namespace ecotown::cli
