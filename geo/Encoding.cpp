#include "geo/Encoding.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <iconv.h>

namespace ecotown::geo {
namespace {

// Windows-874 bytes 0x80-0x9F: the few defined ones; 0 = undefined.
constexpr std::array<char32_t, 32> kCp874High = {
    0x20AC, 0,      0,      0,      0,      0x2026, 0,      0,      0, 0, 0, 0, 0, 0, 0, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0, 0, 0, 0, 0, 0, 0, 0};

// Byte 0xA0..0xFF -> code point (0 = undefined). Thai block is U+0E01.. for 0xA1..
char32_t cp874CodePoint(unsigned char b) {
    if (b < 0x80)
        return b;
    if (b < 0xA0)
        return kCp874High[b - 0x80];
    if (b == 0xA0)
        return 0x00A0;
    if ((b >= 0xDB && b <= 0xDE) || b >= 0xFC)
        return 0;
    return 0x0E00 + (b - 0xA0);
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

namespace {

// The length of the UTF-8 sequence starting at s[i] and its code point; 0 when it is not one
// (a stray byte, a cut sequence, an overlong form, a surrogate).
std::size_t utf8Sequence(std::string_view s, std::size_t i, char32_t& cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    int n = 0;
    if (c < 0x80) {
        cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    for (int k = 1; k <= n; ++k) {
        if (i + k >= s.size())
            return 0;
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        return 0;
    }
    return static_cast<std::size_t>(n) + 1;
}

}  // namespace

bool isValidUtf8(std::string_view s) {
    char32_t cp = 0;
    for (std::size_t i = 0, n = 0; i < s.size(); i += n) {
        if ((n = utf8Sequence(s, i, cp)) == 0)
            return false;
    }
    return true;
}

std::string displayText(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    char32_t cp = 0;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8Sequence(s, i, cp);
        if (n == 0 || cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            const std::size_t bytes = n == 0 ? 1 : n;
            for (std::size_t k = 0; k < bytes; ++k) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(s[i + k]));
                out += buf;
            }
            i += bytes;
            continue;
        }
        out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

bool isValidCp874(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b < 0x80 || cp874CodePoint(b) != 0;
    });
}

std::string cp874ToUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char c : text) {
        const char32_t cp = cp874CodePoint(static_cast<unsigned char>(c));
        appendUtf8(out, cp == 0 ? U'\uFFFD' : cp);
    }
    return out;
}

std::string utf8ToCp874(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        char32_t cp = 0;
        int n = 0;
        if (c < 0x80) {
            cp = c;
        } else if ((c & 0xE0) == 0xC0) {
            cp = c & 0x1F, n = 1;
        } else if ((c & 0xF0) == 0xE0) {
            cp = c & 0x0F, n = 2;
        } else {
            cp = c & 0x07, n = 3;
        }
        for (int k = 1; k <= n && i + k < s.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        i += n + 1;
        char mapped = '?';
        if (cp < 0x80) {
            mapped = static_cast<char>(cp);
        } else {
            for (int b = 0x80; b <= 0xFF; ++b) {
                if (cp874CodePoint(static_cast<unsigned char>(b)) == cp) {
                    mapped = static_cast<char>(b);
                    break;
                }
            }
        }
        out += mapped;
    }
    return out;
}

std::string encodingFromCpg(const std::string& raw) {
    std::string cpg = lower(raw);
    cpg.erase(
        std::remove_if(cpg.begin(), cpg.end(), [](unsigned char c) { return std::isspace(c); }),
        cpg.end());
    if (cpg.empty())
        return "";
    if (cpg == "utf-8" || cpg == "utf8" || cpg == "65001")
        return "UTF-8";
    if (cpg == "874" || cpg == "cp874" || cpg == "windows-874" || cpg == "win874" ||
        cpg == "tis-620" || cpg == "tis620" || cpg == "iso-8859-11" || cpg == "iso8859-11" ||
        cpg == "885911" || cpg == "ansi874") {
        return "CP874";
    }
    if (cpg == "88591" || cpg == "iso88591" || cpg == "iso-8859-1")
        return "ISO-8859-1";
    if (std::all_of(cpg.begin(), cpg.end(), [](unsigned char c) { return std::isdigit(c); })) {
        return "CP" + cpg;
    }
    return raw;
}

bool isKnownEncoding(const std::string& name) {
    const bool nameLike =
        !name.empty() && name.size() <= 40 &&
        std::all_of(name.begin(), name.end(), [](unsigned char c) {
            return std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == ':';
        });
    if (!nameLike)
        return false;
    const iconv_t cd = iconv_open("UTF-8", name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    iconv_close(cd);
    return true;
}

std::string ShapefileDeclaration::encoding() const {
    if (!cpg.empty()) {
        // A .cpg that names no code page iconv knows declares nothing usable: detect instead.
        const std::string name = encodingFromCpg(cpg);
        return isKnownEncoding(name) ? name : std::string();
    }
    switch (ldid) {
        case 0x00:
        case 0x57:
            return "";  // none, or "ANSI": the writer's own code page, unknown to us
        case 0x50:
        case 0x7C:
            return "CP874";
        case 0x01:
            return "CP437";
        case 0x02:
            return "CP850";
        case 0x03:
            return "CP1252";
        case 0x58:
            return "CP1252";
        case 0x59:
            return "CP1252";
        case 0x4D:
            return "CP936";
        case 0x4E:
            return "CP949";
        case 0x4F:
            return "CP950";
        case 0x13:
            return "CP932";
        case 0x7B:
            return "CP932";
        default:
            return "ISO-8859-1";
    }
}

std::string ShapefileDeclaration::describe() const {
    if (!cpg.empty()) {
        if (encoding().empty())
            return "the .cpg (" + displayText(cpg) + ") names no known code page";
        return "declared by .cpg (" + displayText(cpg) + ")";
    }
    if (ldid == 0)
        return "no .cpg and no DBF code page";
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", ldid);
    if (ldid == 0x57)
        return std::string("no .cpg; DBF code page ") + buf + " (ANSI, writer's own)";
    return std::string("declared by the DBF code page ") + buf;
}

ShapefileDeclaration readShapefileDeclaration(const std::string& path) {
    namespace fs = std::filesystem;
    ShapefileDeclaration d;
    const fs::path p(path);
    auto sidecar = [&](const char* lowerExt, const char* upperExt) -> fs::path {
        for (const char* ext : {lowerExt, upperExt}) {
            fs::path candidate = p;
            candidate.replace_extension(ext);
            std::error_code ec;
            if (fs::exists(candidate, ec))
                return candidate;
        }
        return {};
    };
    const fs::path cpg = sidecar(".cpg", ".CPG");
    if (!cpg.empty()) {
        // A code page name is short: read no more than a line's worth of a hostile .cpg.
        std::ifstream f(cpg, std::ios::binary);
        std::string content(64, '\0');
        f.read(content.data(), static_cast<std::streamsize>(content.size()));
        content.resize(static_cast<std::size_t>(f.gcount()));
        const auto b = content.find_first_not_of(" \t\r\n");
        const auto e = content.find_last_not_of(" \t\r\n");
        d.cpg = b == std::string::npos ? "" : content.substr(b, e - b + 1);
    }
    const fs::path dbf = sidecar(".dbf", ".DBF");
    if (!dbf.empty()) {
        std::ifstream f(dbf, std::ios::binary);
        char header[32] = {};
        if (f.read(header, sizeof header)) {
            d.hasDbf = true;
            d.ldid = static_cast<std::uint8_t>(header[29]);
        }
    }
    return d;
}

}  // namespace ecotown::geo
