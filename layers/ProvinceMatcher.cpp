#include "layers/ProvinceMatcher.hpp"

#include <charconv>
#include <cstdint>
#include <string>

namespace ecotown::layers {
namespace {

// data/provinces.csv, compiled in (tests/layers/ProvinceMatcherTest.cpp checks they agree):
// iso_code, ne_name, name_en, name_th, region, fips, aliases (without the FIPS code).
struct BuiltInRow {
    const char* code;
    const char* neName;
    const char* nameEn;
    const char* nameTh;
    const char* region;
    const char* fips;
    const char* aliases;
};

constexpr BuiltInRow kBuiltIn[] = {
    {"TH-10", "Bangkok Metropolis", "Bangkok", "กรุงเทพมหานคร", "central", "TH40",
     "Krung Thep Maha Nakhon;Krung Thep;BKK;Krung Thep Mahanakhon"},
    {"TH-11", "Samut Prakan", "Samut Prakan", "สมุทรปราการ", "central", "TH42",
     "Samutprakan;Samut Prakarn;Pak Nam"},
    {"TH-12", "Nonthaburi", "Nonthaburi", "นนทบุรี", "central", "TH38", "Nontaburi"},
    {"TH-13", "Pathum Thani", "Pathum Thani", "ปทุมธานี", "central", "TH39",
     "Pathumthani;Pathum Tani"},
    {"TH-14", "Phra Nakhon Si Ayutthaya", "Phra Nakhon Si Ayutthaya", "พระนครศรีอยุธยา", "central",
     "TH36", "Ayutthaya;Ayuthaya;Ayudhya;Krung Kao"},
    {"TH-15", "Ang Thong", "Ang Thong", "อ่างทอง", "central", "TH35", "Angthong"},
    {"TH-16", "Lop Buri", "Lop Buri", "ลพบุรี", "central", "TH34", "Lopburi"},
    {"TH-17", "Sing Buri", "Sing Buri", "สิงห์บุรี", "central", "TH33", "Singburi"},
    {"TH-18", "Chai Nat", "Chai Nat", "ชัยนาท", "central", "TH32", "Chainat"},
    {"TH-19", "Saraburi", "Saraburi", "สระบุรี", "central", "TH37", "Sara Buri"},
    {"TH-20", "Chon Buri", "Chon Buri", "ชลบุรี", "east", "TH46", "Chonburi;Cholburi"},
    {"TH-21", "Rayong", "Rayong", "ระยอง", "east", "TH47", "Rayoung"},
    {"TH-22", "Chanthaburi", "Chanthaburi", "จันทบุรี", "east", "TH48", "Chantaburi;Chanthabun"},
    {"TH-23", "Trat", "Trat", "ตราด", "east", "TH49", "Trad"},
    {"TH-24", "Chachoengsao", "Chachoengsao", "ฉะเชิงเทรา", "east", "TH44", "Chachengsao;Paet Riu"},
    {"TH-25", "Prachin Buri", "Prachin Buri", "ปราจีนบุรี", "east", "TH74", "Prachinburi"},
    {"TH-26", "Nakhon Nayok", "Nakhon Nayok", "นครนายก", "central", "TH43",
     "Nakornnayok;Nakhonnayok"},
    {"TH-27", "Sa Kaeo", "Sa Kaeo", "สระแก้ว", "east", "TH80", "Sakaeo;Sa Kaew;Srakaeo"},
    {"TH-30", "Nakhon Ratchasima", "Nakhon Ratchasima", "นครราชสีมา", "northeast", "TH27",
     "Korat;Khorat;Nakhon Rachasima"},
    {"TH-31", "Buri Ram", "Buri Ram", "บุรีรัมย์", "northeast", "TH28", "Buriram"},
    {"TH-32", "Surin", "Surin", "สุรินทร์", "northeast", "TH29", ""},
    {"TH-33", "Si Sa Ket", "Si Sa Ket", "ศรีสะเกษ", "northeast", "TH30", "Sisaket;Srisaket"},
    {"TH-34", "Ubon Ratchathani", "Ubon Ratchathani", "อุบลราชธานี", "northeast", "TH75",
     "Ubon;Ubon Rachathani"},
    {"TH-35", "Yasothon", "Yasothon", "ยโสธร", "northeast", "TH72", "Yasothorn"},
    {"TH-36", "Chaiyaphum", "Chaiyaphum", "ชัยภูมิ", "northeast", "TH26", "Chaiyapoom"},
    {"TH-37", "Amnat Charoen", "Amnat Charoen", "อำนาจเจริญ", "northeast", "TH77", "Amnatcharoen"},
    {"TH-38", "Bueng Kan", "Bueng Kan", "บึงกาฬ", "northeast", "TH81",
     "Bueng Karn;Bungkan;Beung Kan"},
    {"TH-39", "Nong Bua Lam Phu", "Nong Bua Lam Phu", "หนองบัวลำภู", "northeast", "TH79",
     "Nong Bua Lamphu;Nongbualamphu"},
    {"TH-40", "Khon Kaen", "Khon Kaen", "ขอนแก่น", "northeast", "TH22", "Khonkaen;Khon Khaen"},
    {"TH-41", "Udon Thani", "Udon Thani", "อุดรธานี", "northeast", "TH76", "Udonthani;Udon"},
    {"TH-42", "Loei", "Loei", "เลย", "northeast", "TH18", ""},
    {"TH-43", "Nong Khai", "Nong Khai", "หนองคาย", "northeast", "TH17", "Nongkhai"},
    {"TH-44", "Maha Sarakham", "Maha Sarakham", "มหาสารคาม", "northeast", "TH24",
     "Mahasarakham;Sarakham"},
    {"TH-45", "Roi Et", "Roi Et", "ร้อยเอ็ด", "northeast", "TH25", "Roiet;Roi-Et"},
    {"TH-46", "Kalasin", "Kalasin", "กาฬสินธุ์", "northeast", "TH23", ""},
    {"TH-47", "Sakon Nakhon", "Sakon Nakhon", "สกลนคร", "northeast", "TH20", "Sakonnakhon"},
    {"TH-48", "Nakhon Phanom", "Nakhon Phanom", "นครพนม", "northeast", "TH73", "Nakhonphanom"},
    {"TH-49", "Mukdahan", "Mukdahan", "มุกดาหาร", "northeast", "TH78", "Mukdaharn"},
    {"TH-50", "Chiang Mai", "Chiang Mai", "เชียงใหม่", "north", "TH02", "Chiangmai"},
    {"TH-51", "Lamphun", "Lamphun", "ลำพูน", "north", "TH05", "Lampoon"},
    {"TH-52", "Lampang", "Lampang", "ลำปาง", "north", "TH06", ""},
    {"TH-53", "Uttaradit", "Uttaradit", "อุตรดิตถ์", "north", "TH10", "Uttradit"},
    {"TH-54", "Phrae", "Phrae", "แพร่", "north", "TH07", "Prae"},
    {"TH-55", "Nan", "Nan", "น่าน", "north", "TH04", ""},
    {"TH-56", "Phayao", "Phayao", "พะเยา", "north", "TH41", "Payao"},
    {"TH-57", "Chiang Rai", "Chiang Rai", "เชียงราย", "north", "TH03", "Chiangrai"},
    {"TH-58", "Mae Hong Son", "Mae Hong Son", "แม่ฮ่องสอน", "north", "TH01", "Maehongson"},
    {"TH-60", "Nakhon Sawan", "Nakhon Sawan", "นครสวรรค์", "central", "TH16",
     "Nakhonsawan;Paknampho"},
    {"TH-61", "Uthai Thani", "Uthai Thani", "อุทัยธานี", "central", "TH15", "Uthaithani"},
    {"TH-62", "Kamphaeng Phet", "Kamphaeng Phet", "กำแพงเพชร", "central", "TH11",
     "Kamphaengphet;Kampaeng Phet"},
    {"TH-63", "Tak", "Tak", "ตาก", "west", "TH08", ""},
    {"TH-64", "Sukhothai", "Sukhothai", "สุโขทัย", "central", "TH09", "Sukhotai"},
    {"TH-65", "Phitsanulok", "Phitsanulok", "พิษณุโลก", "central", "TH12", "Pitsanulok"},
    {"TH-66", "Phichit", "Phichit", "พิจิตร", "central", "TH13", "Pichit"},
    {"TH-67", "Phetchabun", "Phetchabun", "เพชรบูรณ์", "central", "TH14", "Petchabun"},
    {"TH-70", "Ratchaburi", "Ratchaburi", "ราชบุรี", "west", "TH52", "Rajaburi;Ratburi"},
    {"TH-71", "Kanchanaburi", "Kanchanaburi", "กาญจนบุรี", "west", "TH50", "Kanchana Buri;Kanburi"},
    {"TH-72", "Suphan Buri", "Suphan Buri", "สุพรรณบุรี", "central", "TH51", "Suphanburi"},
    {"TH-73", "Nakhon Pathom", "Nakhon Pathom", "นครปฐม", "central", "TH53", "Nakhonpathom"},
    {"TH-74", "Samut Sakhon", "Samut Sakhon", "สมุทรสาคร", "central", "TH55",
     "Samutsakhon;Mahachai"},
    {"TH-75", "Samut Songkhram", "Samut Songkhram", "สมุทรสงคราม", "central", "TH54",
     "Samutsongkhram;Mae Klong"},
    {"TH-76", "Phetchaburi", "Phetchaburi", "เพชรบุรี", "west", "TH56", "Petchaburi;Phetburi"},
    {"TH-77", "Prachuap Khiri Khan", "Prachuap Khiri Khan", "ประจวบคีรีขันธ์", "west", "TH57",
     "Prachuap;Prachuapkhirikhan"},
    {"TH-80", "Nakhon Si Thammarat", "Nakhon Si Thammarat", "นครศรีธรรมราช", "south", "TH64",
     "Nakhon Sri Thammarat;Nakhonsithammarat"},
    {"TH-81", "Krabi", "Krabi", "กระบี่", "south", "TH63", ""},
    {"TH-82", "Phangnga", "Phangnga", "พังงา", "south", "TH61", "Phang Nga;Phang-nga"},
    {"TH-83", "Phuket", "Phuket", "ภูเก็ต", "south", "TH62", "Puket"},
    {"TH-84", "Surat Thani", "Surat Thani", "สุราษฎร์ธานี", "south", "TH60", "Suratthani;Surat"},
    {"TH-85", "Ranong", "Ranong", "ระนอง", "south", "TH59", ""},
    {"TH-86", "Chumphon", "Chumphon", "ชุมพร", "south", "TH58", "Chumporn"},
    {"TH-90", "Songkhla", "Songkhla", "สงขลา", "south", "TH68", "Songkla"},
    {"TH-91", "Satun", "Satun", "สตูล", "south", "TH67", "Satul"},
    {"TH-92", "Trang", "Trang", "ตรัง", "south", "TH65", ""},
    {"TH-93", "Phatthalung", "Phatthalung", "พัทลุง", "south", "TH66", "Patthalung;Phattalung"},
    {"TH-94", "Pattani", "Pattani", "ปัตตานี", "south", "TH69", "Patani"},
    {"TH-95", "Yala", "Yala", "ยะลา", "south", "TH70", ""},
    {"TH-96", "Narathiwat", "Narathiwat", "นราธิวาส", "south", "TH31", "Narathivat"},
};

// Decodes one UTF-8 code point at s[i], advancing i; invalid bytes come back as themselves.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) {
        return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    };
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    if ((b0 & 0xE0) == 0xC0 && cont(1)) {
        const char32_t c = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
        i += 2;
        return c;
    }
    if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        const char32_t c = ((b0 & 0x0Fu) << 12) |
                           ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                           (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
        i += 3;
        return c;
    }
    if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        const char32_t c = ((b0 & 0x07u) << 18) |
                           ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
                           ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) |
                           (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
        i += 4;
        return c;
    }
    ++i;
    return 0xFFFD;
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Spaces, invisible joiners and dashes outside ASCII: dropped from name keys.
bool isSeparator(char32_t c) {
    return c == 0xA0 || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF ||
           (c >= 0x2010 && c <= 0x2015) || c == 0x3000;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

// ASCII digits, with Thai digits (๐-๙) turned into ASCII; empty when anything else is there.
std::string asciiDigits(std::string_view s) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        const char32_t c = nextCodePoint(s, i);
        if (c >= '0' && c <= '9')
            out += static_cast<char>(c);
        else if (c >= 0x0E50 && c <= 0x0E59)
            out += static_cast<char>('0' + (c - 0x0E50));
        else
            return {};
    }
    return out;
}

std::optional<int> parseProvinceNumber(std::string_view text) {
    // "20", "020", "20.0" (a number stored as text or a real field), Thai digits
    std::string_view s = trim(text);
    if (const auto dot = s.find('.'); dot != std::string_view::npos) {
        const std::string_view frac = s.substr(dot + 1);
        if (frac.find_first_not_of('0') != std::string_view::npos)
            return std::nullopt;
        s = s.substr(0, dot);
    }
    const std::string digits = asciiDigits(s);
    if (digits.empty() || digits.size() > 6)
        return std::nullopt;
    int n = 0;
    const auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || p != digits.data() + digits.size())
        return std::nullopt;
    return n;
}

bool startsWithTh(std::string_view s) {
    return s.size() >= 2 && (s[0] == 'T' || s[0] == 't') && (s[1] == 'H' || s[1] == 'h');
}

}  // namespace

std::string ProvinceMatcher::nameKey(std::string_view text) {
    std::string_view s = trim(text);
    // Thai prefixes: "จังหวัด" (province) and the abbreviation "จ."
    constexpr std::string_view kChangwatTh = "จังหวัด";
    constexpr std::string_view kChangwatAbbr = "จ.";
    if (s.starts_with(kChangwatTh))
        s.remove_prefix(kChangwatTh.size());
    else if (s.starts_with(kChangwatAbbr))
        s.remove_prefix(kChangwatAbbr.size());
    std::string key;
    key.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t c = nextCodePoint(s, i);
        if (c < 0x80) {
            // spaces, hyphens, dots and underscores separate words; other punctuation (quotes)
            // stays, so "Chon' Buri" is not Chon Buri
            if (c >= 'A' && c <= 'Z')
                key += static_cast<char>(c - 'A' + 'a');
            else if (c != ' ' && c != '\t' && c != '-' && c != '.' && c != '_')
                key += static_cast<char>(c);
            continue;
        }
        if (isSeparator(c))
            continue;
        // NIKHAHIT + SARA AA, as some keyboards type it, is SARA AM
        if (c == 0x0E4D && i < s.size()) {
            std::size_t j = i;
            if (nextCodePoint(s, j) == 0x0E32) {
                i = j;
                c = 0x0E33;
            }
        }
        appendUtf8(key, c);
    }
    constexpr std::string_view kChangwat = "changwat";
    constexpr std::string_view kProvince = "province";
    if (key.starts_with(kChangwat) && key.size() > kChangwat.size())
        key.erase(0, kChangwat.size());
    if (key.ends_with(kProvince) && key.size() > kProvince.size()) {
        key.erase(key.size() - kProvince.size());
    }
    return key;
}

const std::vector<ProvinceName>& ProvinceMatcher::builtInProvinces() {
    static const std::vector<ProvinceName> table = [] {
        std::vector<ProvinceName> out;
        for (const BuiltInRow& row : kBuiltIn) {
            ProvinceName p;
            p.code = row.code;
            p.number = *parseProvinceNumber(std::string_view(row.code).substr(3));
            p.nameEn = row.nameEn;
            p.nameTh = row.nameTh;
            p.region = regionFromText(row.region).value_or(Region::Central);
            p.neName = row.neName;
            p.fips = row.fips;
            std::string_view aliases = row.aliases;
            while (!aliases.empty()) {
                const auto semi = aliases.find(';');
                p.aliases.emplace_back(aliases.substr(0, semi));
                aliases =
                    semi == std::string_view::npos ? std::string_view{} : aliases.substr(semi + 1);
            }
            out.push_back(std::move(p));
        }
        return out;
    }();
    return table;
}

ProvinceMatcher::ProvinceMatcher() : ProvinceMatcher(builtInProvinces()) {}

ProvinceMatcher::ProvinceMatcher(std::vector<ProvinceName> provinces)
    : m_provinces(std::move(provinces)) {
    for (std::size_t i = 0; i < m_provinces.size(); ++i) {
        const ProvinceName& p = m_provinces[i];
        m_byNumber.emplace(p.number, i);
        if (!p.fips.empty()) {
            std::string fips = p.fips;
            for (char& c : fips)
                c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
            m_byFips.emplace(fips, i);
        }
        for (const std::string* name : {&p.nameEn, &p.nameTh, &p.neName}) {
            if (!name->empty())
                m_byName.emplace(nameKey(*name), i);
        }
        for (const std::string& alias : p.aliases) {
            // a FIPS-looking alias belongs to the FIPS table only
            if (startsWithTh(alias) && parseProvinceNumber(alias.substr(2)))
                continue;
            m_byName.emplace(nameKey(alias), i);
        }
    }
}

std::optional<std::size_t> ProvinceMatcher::matchNumber(std::int64_t number) const {
    if (number < 0 || number > 999)
        return std::nullopt;
    const auto it = m_byNumber.find(static_cast<int>(number));
    if (it == m_byNumber.end())
        return std::nullopt;
    return it->second;
}

std::optional<std::size_t> ProvinceMatcher::match(std::string_view text) const {
    const std::string_view s = trim(text);
    if (s.empty())
        return std::nullopt;
    if (startsWithTh(s) && s.size() > 2) {
        std::string_view rest = s.substr(2);
        // "TH-20" (also with an en dash or a space before the number): ISO
        std::size_t i = 0;
        const char32_t c = nextCodePoint(rest, i);
        if (c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2212) {
            if (const auto n = parseProvinceNumber(rest.substr(i)))
                return matchNumber(*n);
            return std::nullopt;  // "TH-xx" is never a name
        }
        // "TH46": FIPS
        if (!asciiDigits(rest).empty()) {
            std::string fips = "TH";
            fips += rest;
            const auto it = m_byFips.find(fips);
            if (it == m_byFips.end())
                return std::nullopt;
            return it->second;
        }
    }
    if (const auto n = parseProvinceNumber(s))
        return matchNumber(*n);
    const std::string key = nameKey(s);
    if (key.empty())
        return std::nullopt;
    const auto it = m_byName.find(key);
    if (it == m_byName.end())
        return std::nullopt;
    return it->second;
}

}  // namespace ecotown::layers
