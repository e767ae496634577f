#pragma once
// What the window tests share: the one QApplication, a window opened and waited for until it
// is drawn, and items found by object name (also those Repeaters made, which have no QObject
// parent).

#include <QApplication>
#include <QQuickItem>
#include <memory>

#include "app/gui/Window.hpp"

namespace ecotown::test {

QApplication* guiApp();
std::unique_ptr<gui::AtlasWindow> openDrawnWindow(const gui::WindowOptions& options);
QQuickItem* findItem(QQuickItem* root, const QString& name);

}  // namespace ecotown::test
