// libFuzzer target: DBF code-page detection. The input is a .cpg and a .dbf: its first byte is
// the length of the .cpg that follows (0x80 and above: no .cpg), the rest is the .dbf. What is
// declared (geo::readShapefileDeclaration) and what is detected from the text when nothing is
// (Dataset::open of the .dbf) must be said in printable UTF-8, whatever the bytes; the decoders
// the detection chooses between must give valid UTF-8 for any bytes.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "FuzzSupport.hpp"
#include "geo/Dataset.hpp"
#include "geo/Encoding.hpp"
#include "geo/Error.hpp"

namespace {

void checkPrintable(std::string_view text, std::string_view what) {
    if (!ecotown::geo::isValidUtf8(text))
        ecotown::fuzz::fail(std::string(what) + " is not valid UTF-8");
    for (unsigned char c : text) {
        if (c < 0x20 || c == 0x7F)
            ecotown::fuzz::fail(std::string(what) + " holds a control character");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ecotown;
    namespace fs = std::filesystem;
    if (size == 0)
        return 0;
    const std::string dir = fuzz::scratchDir();
    const std::size_t cpgSize = data[0] < 0x80 ? std::min<std::size_t>(data[0], size - 1) : 0;
    std::error_code ec;
    if (data[0] < 0x80)
        fuzz::writeFile(dir + "/layer.cpg", data + 1, cpgSize);
    else
        fs::remove(dir + "/layer.cpg", ec);
    const std::uint8_t* dbf = data + 1 + cpgSize;
    const std::size_t dbfSize = size - 1 - cpgSize;
    fuzz::writeFile(dir + "/layer.dbf", dbf, dbfSize);

    const std::string_view bytes(reinterpret_cast<const char*>(dbf), dbfSize);
    checkPrintable(geo::displayText(bytes), "displayText");
    if (!geo::isValidUtf8(geo::cp874ToUtf8(bytes)))
        fuzz::fail("cp874ToUtf8 gave invalid UTF-8");
    (void)geo::utf8ToCp874(bytes);

    const geo::ShapefileDeclaration declaration = geo::readShapefileDeclaration(dir + "/layer.shp");
    (void)declaration.encoding();
    checkPrintable(declaration.describe(), "the declaration's description");
    try {
        const geo::Dataset dataset = geo::Dataset::open(dir + "/layer.dbf");
        const geo::LayerInfo info = dataset.layerInfo();
        checkPrintable(info.encoding.name, "the encoding's name");
        checkPrintable(info.encoding.reason, "the encoding's reason");
        geo::FeatureReader reader = dataset.read();
        geo::Feature feature;
        while (reader.next(feature)) {
        }
    } catch (const InputError&) {
    }
    return 0;
}
