#include "layers/Mapping.hpp"
#include "layers/AtlasReader.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "geo/Encoding.hpp"

namespace ecotown::layers {
namespace fs = std::filesystem;

namespace {

using Json = nlohmann::json;

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

const char* jsonTypeName(const Json& j) {
    switch (j.type()) {
        case Json::value_t::null:
            return "null";
        case Json::value_t::object:
            return "an object";
        case Json::value_t::array:
            return "an array";
        case Json::value_t::string:
            return "a string";
        case Json::value_t::boolean:
            return "a boolean";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float:
            return "a number";
        default:
            return "something else";
    }
}

std::string joinWords(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : ", ") + w;
    return out;
}

bool isConnectionString(const std::string& source) {
    const std::string l = lowerAscii(source.substr(0, 6));
    return l.starts_with("pg:") || l.starts_with("/vsi") ||
           source.find("://") != std::string::npos || l.starts_with("mysql:") ||
           l.starts_with("oci:");
}

// A source path relative to the mapping file's folder.
std::string resolveSource(const std::string& source, const std::string& mappingFile) {
    if (source.empty() || isConnectionString(source) || fs::path(source).is_absolute())
        return source;
    const fs::path dir = fs::path(mappingFile).parent_path();
    return dir.empty() ? source : (dir / source).lexically_normal().string();
}

bool containsThai(std::string_view s) {
    // U+0E00-U+0E7F is E0 B8 80 - E0 B9 BF in UTF-8
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (static_cast<unsigned char>(s[i]) == 0xE0 &&
            (static_cast<unsigned char>(s[i + 1]) == 0xB8 ||
             static_cast<unsigned char>(s[i + 1]) == 0xB9)) {
            return true;
        }
    }
    return false;
}

std::string trim(std::string_view s) {
    return std::string(trimBlanks(s));
}

// "3", 3, "GI3", "GI 3", "Level 3", "ระดับ 3", "Stage 3": the one number in the text.
std::optional<int> smallNumber(const geo::FieldValue& value) {
    if (const auto n = fieldInteger(value))
        return static_cast<int>(std::clamp<std::int64_t>(*n, -1, 1000));
    const auto* s = std::get_if<std::string>(&value);
    if (!s)
        return std::nullopt;
    std::string text = lowerAscii(trim(*s));
    for (const std::string_view prefix : {"gi", "level", "stage", "ระดับที่", "ระดับ", "lv", "l"}) {
        if (text.starts_with(prefix)) {
            text = trim(std::string_view(text).substr(prefix.size()));
            break;
        }
    }
    if (!text.empty() && (text.front() == '-' || text.front() == '.' || text.front() == ':')) {
        text = trim(std::string_view(text).substr(1));
    }
    if (const auto n = fieldInteger(geo::FieldValue(text))) {
        return static_cast<int>(std::clamp<std::int64_t>(*n, -1, 1000));
    }
    return std::nullopt;
}

// A fiscal or calendar year, C.E.; B.E. years (>= 2400) converted.
std::optional<int> yearOf(const geo::FieldValue& value) {
    auto n = fieldInteger(value);
    if (!n) {
        // a date "2019-05-01" or "2019/05/01": its year
        const std::string t = trim(fieldText(value));
        if (t.size() >= 4)
            n = fieldInteger(geo::FieldValue(t.substr(0, 4)));
        if (t.size() > 4 && t[4] != '-' && t[4] != '/')
            n.reset();
    }
    if (!n)
        return std::nullopt;
    if (*n >= 2400 && *n < 2800)
        *n = commonEraYear(static_cast<int>(*n));
    if (*n < 1900 || *n > 2200)
        return std::nullopt;
    return static_cast<int>(*n);
}

std::optional<bool> flagOf(const geo::FieldValue& value) {
    if (const auto n = fieldInteger(value)) {
        if (*n == 0)
            return false;
        if (*n == 1)
            return true;
        return std::nullopt;
    }
    const std::string t = lowerAscii(trim(fieldText(value)));
    if (t == "y" || t == "yes" || t == "true" || t == "t" || t == "x" || t == "ใช่" || t == "มี")
        return true;
    if (t == "n" || t == "no" || t == "false" || t == "f" || t == "-" || t == "ไม่" || t == "ไม่มี")
        return false;
    return std::nullopt;
}

bool isNull(const geo::FieldValue& v) {
    if (std::holds_alternative<std::monostate>(v))
        return true;
    if (const auto* s = std::get_if<std::string>(&v))
        return trim(*s).empty();
    return false;
}

std::optional<DevelopmentStage> stageOf(const geo::FieldValue& value) {
    if (const auto n = smallNumber(value))
        return stageFromNumber(*n);
    const std::string t = ProvinceMatcher::nameKey(fieldText(value));
    for (int i = 1; i <= kStageCount; ++i) {
        const auto stage = static_cast<DevelopmentStage>(i);
        if (t == ProvinceMatcher::nameKey(stageName(stage).en) ||
            t == ProvinceMatcher::nameKey(stageName(stage).th)) {
            return stage;
        }
    }
    return std::nullopt;
}

}  // namespace

std::string_view mappedLayerName(MappedLayer layer) {
    switch (layer) {
        case MappedLayer::Areas:
            return "areas";
        case MappedLayer::Estates:
            return "estates";
        case MappedLayer::Factories:
            return "factories";
    }
    return "factories";
}

std::vector<std::string> mappingRoles(MappedLayer layer) {
    switch (layer) {
        case MappedLayer::Areas:
            return {"id",    "name", "name_en", "name_th", "province", "stage",
                    "phase", "year", "scope",   "status",  "source",   "approximate"};
        case MappedLayer::Estates:
            return {"id",   "name",     "name_en",         "name_th", "province", "level",
                    "year", "area_rai", "area_rai_status", "status",  "source",   "approximate"};
        case MappedLayer::Factories:
            return {"id", "name", "province", "level", "year", "eco_factory", "csr_diw"};
    }
    return {};
}

std::vector<std::string> requiredMappingRoles(MappedLayer layer) {
    if (layer == MappedLayer::Areas)
        return {"id", "stage"};
    return {"id"};
}

// ------------------------------------------------------------------------------ the file

Mapping Mapping::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw MappingError(path, "cannot read the mapping file");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw MappingError(path, "cannot read the mapping file");
    return parse(text.str(), path);
}

Mapping Mapping::parse(const std::string& jsonText, const std::string& file) {
    Json root;
    try {
        root = Json::parse(jsonText);
    } catch (const Json::exception& e) {
        // nlohmann's message: "[json.exception.parse_error.101] parse error at line 3, column 5:
        // ..."; a number too large for any type is an out_of_range error (found by fuzzing). The
        // message quotes the file's bytes: printable only.
        std::string what = e.what();
        if (const auto p = what.find("] "); p != std::string::npos)
            what = what.substr(p + 2);
        throw MappingError(file, "invalid JSON: " + geo::displayText(what));
    }
    if (!root.is_object()) {
        throw MappingError(
            file, std::string("the mapping must be a JSON object, not ") + jsonTypeName(root));
    }
    Mapping m;
    m.file = file;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string& key = it.key();
        const Json& value = it.value();
        if (key == "comment" || key.starts_with("_"))
            continue;
        if (key == "base") {
            if (!value.is_string()) {
                throw MappingError(
                    file, std::string("\"base\" must be a string, not ") + jsonTypeName(value));
            }
            m.base = resolveSource(value.get<std::string>(), file);
            continue;
        }
        std::optional<MappedLayer> kind;
        for (MappedLayer k : {MappedLayer::Areas, MappedLayer::Estates, MappedLayer::Factories}) {
            if (key == mappedLayerName(k))
                kind = k;
        }
        if (!kind) {
            throw MappingError(
                file, "unknown key \"" + key +
                          "\" (expected \"factories\", \"areas\", \"estates\" or \"base\")");
        }
        const std::string where = "\"" + key + "\"";
        if (!value.is_object()) {
            throw MappingError(file, where + " must be an object, not " + jsonTypeName(value));
        }
        LayerMapping lm;
        lm.kind = *kind;
        bool hasFields = false;
        for (auto lit = value.begin(); lit != value.end(); ++lit) {
            const std::string& k = lit.key();
            const Json& v = lit.value();
            if (k == "comment" || k.starts_with("_"))
                continue;
            if (k == "source" || k == "layer" || k == "encoding" || k == "assume_crs") {
                if (!v.is_string()) {
                    throw MappingError(
                        file, where + "." + k + " must be a string, not " + jsonTypeName(v));
                }
                std::string s = v.get<std::string>();
                if (k == "source")
                    lm.source = resolveSource(s, file);
                else if (k == "layer")
                    lm.layer = std::move(s);
                else if (k == "encoding")
                    lm.encoding = std::move(s);
                else
                    lm.assumeCrs = std::move(s);
                if (k == "source" && lm.source.empty()) {
                    throw MappingError(file, where + ".source must not be empty");
                }
                continue;
            }
            if (k == "fields") {
                if (!v.is_object()) {
                    throw MappingError(file,
                                       where + ".fields must be an object, not " + jsonTypeName(v));
                }
                hasFields = true;
                const std::vector<std::string> roles = mappingRoles(*kind);
                for (auto fit = v.begin(); fit != v.end(); ++fit) {
                    if (std::find(roles.begin(), roles.end(), fit.key()) == roles.end()) {
                        throw MappingError(file, where + ".fields: unknown role \"" + fit.key() +
                                                     "\" (known: " + joinWords(roles) + ")");
                    }
                    if (!fit.value().is_string() || fit.value().get<std::string>().empty()) {
                        throw MappingError(
                            file, where + ".fields." + fit.key() +
                                      " must be a field name (a non-empty string), not " +
                                      (fit.value().is_string() ? std::string("empty")
                                                               : jsonTypeName(fit.value())));
                    }
                    lm.fields[fit.key()] = fit.value().get<std::string>();
                }
                continue;
            }
            throw MappingError(file,
                               where + ": unknown key \"" + k +
                                   "\" (expected source, layer, encoding, assume_crs, fields)");
        }
        if (lm.source.empty())
            throw MappingError(file, where + ": missing required key \"source\"");
        if (!hasFields)
            throw MappingError(file, where + ": missing required key \"fields\"");
        for (const std::string& role : requiredMappingRoles(*kind)) {
            if (!lm.fields.contains(role)) {
                throw MappingError(file, where + ".fields: missing required role \"" + role + "\"");
            }
        }
        m.layers.push_back(std::move(lm));
    }
    if (m.layers.empty()) {
        throw MappingError(
            file, "the mapping names no layer (expected \"factories\", \"areas\" or \"estates\")");
    }
    return m;
}

// ------------------------------------------------------------------------------ loading

namespace {

// One mapped layer being read: field positions by role, issue reporting.
class MappedReader {
  public:
    MappedReader(Atlas& atlas, const geo::Dataset& ds, const LayerMapping& lm,
                 const std::string& mappingFile)
        : m_atlas(atlas), m_ds(ds), m_lm(lm), m_mappingFile(mappingFile) {
        geo::LayerInfo info;
        try {
            info = ds.layerInfo(lm.layer);
        } catch (const Error& e) {
            throw MappingError(mappingFile,
                               "\"" + std::string(mappedLayerName(lm.kind)) + "\": " + e.what());
        }
        m_layerName = info.name;
        m_about = lm.kind == MappedLayer::Areas     ? AtlasLayer::Areas
                  : lm.kind == MappedLayer::Estates ? AtlasLayer::Estates
                                                    : AtlasLayer::Factories;
        std::vector<std::string> available;
        for (const auto& f : info.fields)
            available.push_back(f.name);
        for (const auto& [role, field] : lm.fields) {
            // A copy for the lambda: clang 14 (the fuzz build) cannot capture a structured binding.
            const std::string wanted = lowerAscii(field);
            const auto it =
                std::find_if(info.fields.begin(), info.fields.end(),
                             [&](const geo::FieldDef& d) { return lowerAscii(d.name) == wanted; });
            if (it == info.fields.end()) {
                throw MappingError(mappingFile,
                                   "\"" + std::string(mappedLayerName(lm.kind)) + "\".fields." +
                                       role + ": no field named '" + field + "' in " + ds.source() +
                                       (m_layerName.empty() ? "" : " (layer " + m_layerName + ")") +
                                       "; its fields are: " + joinWords(available));
            }
            if (std::find(m_readFields.begin(), m_readFields.end(), it->name) ==
                m_readFields.end()) {
                m_readFields.push_back(it->name);
            }
            m_fieldNames[role] = it->name;
        }
    }

    void read(const std::function<void(geo::Feature&)>& visit) {
        m_atlas.clearIssues(m_about);  // those of the source being replaced
        geo::ReadOptions ro;
        ro.fields = m_readFields;
        try {
            readFeaturesWgs84(m_ds, m_lm.layer, ro,
                              [&](const geo::Schema& schema, geo::Feature& f) {
                                  if (m_positions.empty()) {
                                      for (const auto& [role, name] : m_fieldNames)
                                          m_positions[role] = schema.fieldIndex(name);
                                  }
                                  visit(f);
                              });
        } catch (const InputError& e) {
            if (e.reason().find("no coordinate reference system") != std::string::npos) {
                throw InputError(
                    e.file(),
                    "the layer has no coordinate reference system (set \"assume_crs\" in " +
                        m_mappingFile + ", e.g. \"EPSG:32647\")",
                    e.layer());
            }
            throw;
        }
    }

    bool has(const std::string& role) const { return m_fieldNames.contains(role); }
    const geo::FieldValue& value(const geo::Feature& f, const std::string& role) const {
        static const geo::FieldValue kNull;
        const auto it = m_positions.find(role);
        if (it == m_positions.end() || it->second < 0)
            return kNull;
        return f.values[static_cast<std::size_t>(it->second)];
    }
    std::string text(const geo::Feature& f, const std::string& role) const {
        return trim(fieldText(value(f, role)));
    }

    void issue(LoadIssue::Kind kind, const std::string& featureId, const std::string& role,
               const geo::FieldValue& v, std::string message) {
        const auto field = m_fieldNames.find(role);
        m_atlas.addIssue({kind, m_ds.source(), m_layerName, featureId,
                          field == m_fieldNames.end() ? std::string() : field->second, fieldText(v),
                          std::move(message), m_about});
    }

    std::string featureId(const geo::Feature& f) const {
        const std::string id = text(f, "id");
        return id.empty() ? "fid " + std::to_string(f.fid) : id;
    }

    const std::string& layerName() const { return m_layerName; }
    std::string fieldName(const std::string& role) const {
        const auto it = m_fieldNames.find(role);
        return it == m_fieldNames.end() ? std::string() : it->second;
    }
    const std::string& source() const { return m_ds.source(); }

    // A province value -> index; unmatched ones reported.
    std::int32_t province(const geo::Feature& f, const std::string& id) {
        const geo::FieldValue& v = value(f, "province");
        if (isNull(v))
            return kNoIndex;
        std::optional<std::size_t> found;
        if (const auto* n = std::get_if<std::int64_t>(&v)) {
            found = m_atlas.provinceMatcher().matchNumber(*n);
        } else {
            found = m_atlas.findProvince(fieldText(v));
        }
        if (!found) {
            issue(LoadIssue::Kind::UnmatchedValue, id, "province", v, "matches no province");
            return kNoIndex;
        }
        return static_cast<std::int32_t>(*found);
    }

    // "name", "name_en", "name_th" -> English and Thai names.
    void names(const geo::Feature& f, std::string& en, std::string& th) const {
        if (has("name")) {
            const std::string n = text(f, "name");
            (containsThai(n) ? th : en) = n;
        }
        if (has("name_en"))
            en = text(f, "name_en");
        if (has("name_th"))
            th = text(f, "name_th");
    }

  private:
    Atlas& m_atlas;
    const geo::Dataset& m_ds;
    const LayerMapping& m_lm;
    const std::string& m_mappingFile;
    std::string m_layerName;
    AtlasLayer m_about = AtlasLayer::Factories;
    std::vector<std::string> m_readFields;
    std::map<std::string, std::string> m_fieldNames;  // role -> actual field name
    std::map<std::string, int> m_positions;           // role -> schema position
};

bool isPolygonal(const geo::Geometry& g) {
    return (g.type == geo::GeometryType::Polygon || g.type == geo::GeometryType::MultiPolygon) &&
           !g.isEmpty();
}

void loadAreas(Atlas& atlas, MappedReader& r) {
    std::vector<EcoTownArea> areas;
    r.read([&](geo::Feature& f) {
        EcoTownArea a;
        const std::string id = r.featureId(f);
        a.id = r.text(f, "id");
        if (a.id.empty())
            a.id = id;
        r.names(f, a.nameEn, a.nameTh);
        a.province = r.province(f, id);
        const geo::FieldValue& stage = r.value(f, "stage");
        a.stage = stageOf(stage);
        if (!a.stage)
            r.issue(LoadIssue::Kind::InvalidValue, id, "stage", stage,
                    "not a development stage (1-5)");
        if (r.has("phase")) {
            const geo::FieldValue& v = r.value(f, "phase");
            const auto n = smallNumber(v);
            if (n && *n >= 1 && *n <= 9)
                a.phase = *n;
            else if (!isNull(v))
                r.issue(LoadIssue::Kind::InvalidValue, id, "phase", v, "not a phase (1-3)");
        }
        if (r.has("year")) {
            const geo::FieldValue& v = r.value(f, "year");
            if (const auto y = yearOf(v))
                a.yearDesignated = *y;
            else if (!isNull(v))
                r.issue(LoadIssue::Kind::InvalidValue, id, "year", v, "not a year");
        }
        a.scope = r.text(f, "scope");
        a.status = r.text(f, "status");
        a.source = r.text(f, "source");
        if (r.has("approximate"))
            a.approximate = flagOf(r.value(f, "approximate")).value_or(false);
        if (isPolygonal(f.geometry)) {
            a.shape = std::move(f.geometry);
        } else {
            r.issue(LoadIssue::Kind::MissingGeometry, id, "", {},
                    "no polygon geometry: the area cannot be drawn or joined");
        }
        a.extent = a.shape.extent();
        a.labelPoint = labelPointOf(a.shape);
        areas.push_back(std::move(a));
    });
    atlas.setAreas(std::move(areas));
}

void loadEstates(Atlas& atlas, MappedReader& r) {
    std::vector<IndustrialEstate> estates;
    r.read([&](geo::Feature& f) {
        IndustrialEstate e;
        const std::string id = r.featureId(f);
        e.id = r.text(f, "id");
        if (e.id.empty())
            e.id = id;
        r.names(f, e.nameEn, e.nameTh);
        e.province = r.province(f, id);
        if (r.has("level")) {
            const geo::FieldValue& v = r.value(f, "level");
            if (!isNull(v)) {
                e.ieatLevel = ieatEcoLevelFromText(fieldText(v));
                if (!e.ieatLevel) {
                    r.issue(
                        LoadIssue::Kind::UnmatchedValue, id, "level", v,
                        "not an IEAT eco level (Eco-Champion, Eco-Excellence, Eco-World Class)");
                }
            }
        }
        if (r.has("year")) {
            const geo::FieldValue& v = r.value(f, "year");
            if (const auto y = yearOf(v))
                e.ieatLevelYear = *y;
            else if (!isNull(v))
                r.issue(LoadIssue::Kind::InvalidValue, id, "year", v, "not a year");
        }
        if (r.has("area_rai")) {
            const geo::FieldValue& v = r.value(f, "area_rai");
            if (const auto a = fieldReal(v); a && std::isfinite(*a) && *a >= 0)
                e.areaRai = *a;
            else if (!isNull(v))
                r.issue(LoadIssue::Kind::InvalidValue, id, "area_rai", v, "not an area in rai");
        }
        e.areaRaiStatus = r.text(f, "area_rai_status");
        e.status = r.text(f, "status");
        e.source = r.text(f, "source");
        if (r.has("approximate"))
            e.approximate = flagOf(r.value(f, "approximate")).value_or(true);
        if (isPolygonal(f.geometry)) {
            e.shape = std::move(f.geometry);
        } else {
            r.issue(LoadIssue::Kind::MissingGeometry, id, "", {},
                    "no polygon geometry: the estate cannot be drawn or joined");
        }
        e.extent = e.shape.extent();
        e.labelPoint = labelPointOf(e.shape);
        estates.push_back(std::move(e));
    });
    atlas.setEstates(std::move(estates));
}

void loadFactories(Atlas& atlas, MappedReader& r, const AtlasLoadOptions& options) {
    FactoryTable t;
    CertificateTable c;
    auto addCertificate = [&](CertificationType type, int level, int year) {
        c.factory.push_back(static_cast<std::int32_t>(t.id.size() - 1));
        c.type.push_back(type);
        c.level.push_back(static_cast<std::uint8_t>(level));
        c.fiscalYear.push_back(static_cast<std::int16_t>(year));
    };
    std::int64_t n = 0;
    r.read([&](geo::Feature& f) {
        const std::string id = r.featureId(f);
        t.id.push_back(r.text(f, "id"));
        t.nameTh.push_back(r.text(f, "name"));
        t.fid.push_back(f.fid);
        geo::XY p = pointLocationOf(f.geometry);
        if (std::isnan(p.x) && isPolygonal(f.geometry))
            p = labelPointOf(f.geometry);  // a footprint: its label point stands for it
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
            r.issue(LoadIssue::Kind::MissingGeometry, id, "", {},
                    "no point geometry: the factory cannot be placed");
            p = {std::nan(""), std::nan("")};
        }
        t.lon.push_back(p.x);
        t.lat.push_back(p.y);
        t.declaredProvince.push_back(static_cast<std::int16_t>(r.province(f, id)));

        int year = 0;
        if (r.has("year")) {
            const geo::FieldValue& v = r.value(f, "year");
            if (const auto yy = yearOf(v))
                year = *yy;
            else if (!isNull(v))
                r.issue(LoadIssue::Kind::InvalidValue, id, "year", v, "not a fiscal year");
        }
        if (r.has("level")) {
            const geo::FieldValue& v = r.value(f, "level");
            const auto level = smallNumber(v);
            if (level && *level >= 1 && *level <= 5) {
                addCertificate(CertificationType::GreenIndustry, *level, year);
            } else if (!isNull(v) && !(level && *level == 0)) {
                r.issue(LoadIssue::Kind::InvalidValue, id, "level", v,
                        "not a Green Industry level (1-5)");
            }
        }
        for (const auto& [role, type] : {std::pair{"eco_factory", CertificationType::EcoFactory},
                                         std::pair{"csr_diw", CertificationType::CsrDiw}}) {
            if (!r.has(role))
                continue;
            const geo::FieldValue& v = r.value(f, role);
            const auto flag = flagOf(v);
            if (flag && *flag)
                addCertificate(type, 0, 0);
            else if (!flag && !isNull(v))
                r.issue(LoadIssue::Kind::InvalidValue, id, role, v, "not a yes/no value");
        }
        if ((++n & 0xFFFF) == 0 && options.progress &&
            !options.progress("reading factories", n, 0)) {
            throw geo::Cancelled(r.source(), "cancelled");
        }
    });
    atlas.setFactories(std::move(t), std::move(c), r.source(), r.layerName(),
                       r.fieldName("province"));
}

}  // namespace

void loadMappedLayer(Atlas& atlas, const geo::Dataset& dataset, const LayerMapping& layer,
                     const std::string& mappingFile, const AtlasLoadOptions& options) {
    MappedReader reader(atlas, dataset, layer, mappingFile);
    switch (layer.kind) {
        case MappedLayer::Areas:
            loadAreas(atlas, reader);
            break;
        case MappedLayer::Estates:
            loadEstates(atlas, reader);
            break;
        case MappedLayer::Factories:
            loadFactories(atlas, reader, options);
            break;
    }
}

void applyMapping(Atlas& atlas, const Mapping& mapping, const AtlasLoadOptions& options) {
    // Areas and estates first: nothing depends on the order, but messages read better.
    std::vector<const LayerMapping*> ordered;
    for (MappedLayer k : {MappedLayer::Areas, MappedLayer::Estates, MappedLayer::Factories}) {
        for (const LayerMapping& lm : mapping.layers) {
            if (lm.kind == k)
                ordered.push_back(&lm);
        }
    }
    for (const LayerMapping* lm : ordered) {
        try {
            const geo::Dataset ds =
                geo::Dataset::open(lm->source, geo::OpenOptions{lm->encoding, lm->assumeCrs});
            loadMappedLayer(atlas, ds, *lm, mapping.file, options);
        } catch (const UsageError& e) {
            if (!e.file().empty())
                throw;
            // A value of the mapping that names nothing (assume_crs, encoding): say which file.
            throw MappingError(mapping.file,
                               "\"" + std::string(mappedLayerName(lm->kind)) + "\": " + e.reason());
        }
    }
    atlas.joinFactories(options.threads, options.progress);
}

Atlas loadWithMapping(const Mapping& mapping, const std::string& bundledPath,
                      const AtlasLoadOptions& options) {
    Atlas atlas = readBundledAtlas(mapping.base.empty() ? bundledPath : mapping.base, options);
    applyMapping(atlas, mapping, options);
    atlas.setSource(mapping.file);
    return atlas;
}

MappingReader::MappingReader(std::shared_ptr<const Mapping> mapping, std::string bundledSource)
    : m_mapping(std::move(mapping)), m_bundledSource(std::move(bundledSource)) {}

Atlas MappingReader::read(const AtlasLoadOptions& options) const {
    return loadWithMapping(*m_mapping, m_bundledSource, options);
}

}  // namespace ecotown::layers
