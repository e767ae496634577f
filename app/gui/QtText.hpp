#pragma once
// Small conversions between the domain's plain values and Qt's, for the window's classes.

#include <QColor>
#include <QString>
#include <optional>
#include <string>
#include <string_view>

#include "layers/Domain.hpp"
#include "layers/Style.hpp"

namespace ecotown::gui {

inline QColor toQColor(layers::Rgba c) {
    return QColor(c.r, c.g, c.b, c.a);
}
inline QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
inline QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<int>(s.size()));
}
// The Thai name when `thai` and there is one, else the English.
inline QString nameIn(bool thai, std::string_view en, std::string_view th) {
    return thai && !th.empty() ? qs(th) : qs(en);
}
inline QString nameIn(bool thai, const layers::BilingualName& n) {
    return nameIn(thai, n.en, n.th);
}

// Areas whose stage is unknown are drawn grey and counted nowhere.
inline QColor stageFill(const std::optional<layers::DevelopmentStage>& stage) {
    return stage ? toQColor(layers::stageColor(*stage)) : QColor(0xbd, 0xbd, 0xbd);
}
inline int stageNumber(const std::optional<layers::DevelopmentStage>& stage) {
    return stage ? static_cast<int>(*stage) : 0;
}

}  // namespace ecotown::gui
