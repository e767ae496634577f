#pragma once
// Text encodings of the files Thai agencies really have: UTF-8, and CP874/TIS-620 in shapefiles
// that often declare nothing. Pure functions; no GDAL types.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ecotown::geo {

bool isAscii(std::string_view text);
bool isValidUtf8(std::string_view text);
// Text safe to print or put in JSON: control characters and bytes that are not UTF-8 become
// \xNN escapes, so that a hostile file can neither drive the terminal nor break the output.
std::string displayText(std::string_view text);
// Does iconv (GDAL's recoder) know this encoding name?
bool isKnownEncoding(const std::string& name);
// Every byte is defined in Windows-874 (TIS-620 plus a few symbols in 0x80-0x9F).
bool isValidCp874(std::string_view text);
std::string cp874ToUtf8(std::string_view text);
// Characters with no CP874 byte become '?'.
std::string utf8ToCp874(std::string_view text);

// The code page a shapefile declares: the .cpg sidecar, else the DBF language driver id.
struct ShapefileDeclaration {
    std::string cpg;        // trimmed content of the .cpg, empty when absent
    std::uint8_t ldid = 0;  // DBF header byte 29
    bool hasDbf = false;
    // An iconv/CPLRecode name for the declaration, or empty when nothing usable is declared
    // (no .cpg and LDID 0, or LDID 0x57 "ANSI", which only means the writer's own code page).
    std::string encoding() const;
    std::string describe() const;  // "declared by .cpg (874)", ...
};

// `shpOrDbfPath` is the .shp (or .dbf) path; reads the sidecar files next to it.
ShapefileDeclaration readShapefileDeclaration(const std::string& shpOrDbfPath);

// Maps a .cpg content ("874", "UTF-8", "windows-874", "TIS-620") to an iconv name.
std::string encodingFromCpg(const std::string& cpg);

}  // namespace ecotown::geo
