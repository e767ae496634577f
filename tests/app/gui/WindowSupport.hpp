#pragma once
// What the window tests share: the one QApplication, a window opened and waited for until it
// is drawn, and items found by object name (also those Repeaters made, which have no QObject
// parent).

#include <QApplication>
#include <QImage>
#include <QQuickItem>
#include <memory>

#include "app/gui/Window.hpp"

namespace ecotown::test {

QApplication* guiApp();
std::unique_ptr<gui::AtlasWindow> openDrawnWindow(const gui::WindowOptions& options);
QQuickItem* findItem(QQuickItem* root, const QString& name);
// The window once it is still: grabbed until two grabs 150 ms apart are the same (the view's
// animation, and the labels and points redrawn after it, done: on a loaded machine that takes
// longer than a fixed wait), at most about 6 s.
QImage stillShot(gui::AtlasWindow& w);

}  // namespace ecotown::test
