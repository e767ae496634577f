#pragma once
// What the GUI tests share: the window opened and drawn, and items found by object name.

#include <gtest/gtest.h>

#include <QQuickItem>
#include <QSignalSpy>
#include <memory>

#include "app/gui/Window.hpp"

namespace ecotown::test {

// The window with `options`, once its data is drawn (or its load failed).
inline std::unique_ptr<gui::AtlasWindow> openDrawnWindow(const gui::WindowOptions& options) {
    auto w = std::make_unique<gui::AtlasWindow>(options);
    EXPECT_TRUE(w->isValid());
    if (!w->isDrawn()) {
        QSignalSpy drawn(w.get(), &gui::AtlasWindow::drawn);
        EXPECT_TRUE(drawn.wait(60000));
    }
    return w;
}

// By object name, depth first (also among the items Repeaters and Loaders made).
inline QQuickItem* findItem(QQuickItem* root, const QString& name) {
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem* child : root->childItems()) {
        if (QQuickItem* found = findItem(child, name))
            return found;
    }
    return nullptr;
}

}  // namespace ecotown::test
