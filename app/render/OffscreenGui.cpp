#include "app/render/OffscreenGui.hpp"

#include <clocale>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QtGlobal>

namespace ecotown::render {

OffscreenGui::OffscreenGui() {
    if (QCoreApplication::instance() != nullptr) return;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // QGuiApplication keeps references to argc and argv: they must outlive it.
    static int argc = 1;
    static char name[] = "ecotown-cli";
    static char* argv[] = {name, nullptr};
    m_app = std::make_unique<QGuiApplication>(argc, argv);
    std::setlocale(LC_ALL, "C");  // numbers parse and print the same everywhere
}

OffscreenGui::~OffscreenGui() = default;

}  // namespace ecotown::render
