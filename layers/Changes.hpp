#pragma once
// What changed between two fiscal years (`ecotown-cli changes`): the areas whose development
// stage moved and the estates whose IEAT eco level changed between the end of fiscal year
// `from` and the end of `to` (layers/History.hpp), and the certificates granted in the fiscal
// years (from, to] by province, type and Green Industry level, and those revoked in those years
// (certificate_revocations) likewise.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "layers/Atlas.hpp"
#include "layers/Filter.hpp"

namespace ecotown::layers {

// A move of one area's stage (or one estate's level): the values in force at the end of `from`
// and of `to` (nullopt: not assessed), and the record that brought the new value (the first
// fiscal year in (from, to] whose value in force is the new one).
template <class Value>
struct ValueChange {
    std::uint32_t index = 0;  // into Atlas::areas() (estates())
    std::optional<Value> from;
    std::optional<Value> to;
    int fiscalYear = 0;  // of the record
    std::string recordedBy;
    std::string recordedAt;
    std::string note;
    std::string status;
};
using StageChange = ValueChange<DevelopmentStage>;
using LevelChange = ValueChange<IeatEcoLevel>;

// Certificates granted in the years of one group (a province; key "" = outside every province).
struct CertificateChanges {
    std::string key;
    std::string nameEn;
    std::string nameTh;
    std::array<std::int64_t, 6> gi{};  // Green Industry by level [1..5]; [0] unused
    std::int64_t ecoFactory = 0;
    std::int64_t csrDiw = 0;
    std::int64_t revoked = 0;                 // certificates revoked in the years, all types
    std::array<std::int64_t, 6> revokedGi{};  // of them Green Industry by level [1..5]
    std::int64_t revokedEcoFactory = 0;
    std::int64_t revokedCsrDiw = 0;
    std::int64_t granted() const;
};

struct Changes {
    int from = 0;
    int to = 0;
    bool hasStageHistory = false;  // false: the source records no stage history
    bool hasLevelHistory = false;
    std::vector<StageChange> stages;  // in the atlas's area order
    std::vector<LevelChange> levels;  // in the atlas's estate order
    // Areas of the selection by stage at the end of `from` and of `to`: [0] not assessed.
    std::array<std::int64_t, 6> areasByStageFrom{};
    std::array<std::int64_t, 6> areasByStageTo{};
    std::vector<CertificateChanges> provinces;  // groups with any certificate, in atlas order
    CertificateChanges total;                   // key "total"
};

// The filter a `changes` run selects with: `filter` with the certificate years (from, to].
// Throws UsageError when from >= to or the filter has years or asOf of its own.
Filter changesFilter(Filter filter, int from, int to);

// Changes among the selected areas, estates and factories (`selection` from changesFilter;
// the atlas as of `to`, Atlas::applyAsOf, when the filter selects by stage).
Changes computeChanges(const Atlas& atlas, const Selection& selection, int from, int to);

// The certificate part of computeChanges: one group per province of the atlas (in its order)
// and one last for outside every province, untotalled and unnamed.
std::vector<CertificateChanges> certificateChangesOf(const Atlas& atlas, const Selection& selection,
                                                     int from, int to);
// Names and totals `ch.provinces` as certificateChangesOf (or a server) gave them, keeping the
// groups with anything in them.
void addCertificateGroups(const Atlas& atlas, Changes& ch);

std::string changesToJson(const Atlas& atlas, const Changes& changes, int indent = 2);
std::string changesToText(const Atlas& atlas, const Changes& changes);

}  // namespace ecotown::layers
