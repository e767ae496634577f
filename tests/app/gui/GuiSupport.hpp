#pragma once
// What the GUI test files share: one QGuiApplication, the real window on the bundled data opened
// and waited for until drawn, and its QML items found by object name.

#include <gtest/gtest.h>

#include <QDir>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <memory>

#include "app/gui/Window.hpp"

namespace ecotown::test {

inline QGuiApplication* app() {
    static int argc = 1;
    static char name[] = "test_gui";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* instance = [] {
        auto* a = new QGuiApplication(argc, argv);
        QGuiApplication::setOrganizationName(QStringLiteral("EcoTownAtlas"));  // as main.cpp
        return a;
    }();
    return instance;
}

inline std::unique_ptr<gui::AtlasWindow> openWindow(QVariantMap filter = {},
                                                    QString language = QStringLiteral("en"),
                                                    int width = 1400, int height = 900) {
    app();
    gui::WindowOptions options;
    options.width = width;
    options.height = height;
    options.dataset = QStringLiteral(ECOTOWN_BUNDLED_GPKG);
    options.language = language;
    options.filterFlags = filter;
    auto w = std::make_unique<gui::AtlasWindow>(options);
    EXPECT_TRUE(w->isValid());
    if (!w->isDrawn()) {
        QSignalSpy drawn(w.get(), &gui::AtlasWindow::drawn);
        EXPECT_TRUE(drawn.wait(60000));
    }
    return w;
}

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

// By object name, also among the items Repeaters made (they have no QObject parent).
inline QQuickItem* item(gui::AtlasWindow& w, const char* name) {
    QQuickItem* found = w.window()->findChild<QQuickItem*>(QString::fromLatin1(name));
    return found ? found : findItem(w.window()->contentItem(), QString::fromLatin1(name));
}

// Renders a few frames after a change so that grabWindow() sees it.
inline void settle(gui::AtlasWindow& w, int ms = 400) {
    w.window()->update();
    QTest::qWait(ms);
}

// Keys go to the active window; ctest runs several GUI tests on one X server at once, and another
// test's window may have taken the focus meanwhile.
inline bool activate(gui::AtlasWindow& w) {
    if (w.window()->isActive())
        return true;
    w.window()->requestActivate();
    return QTest::qWaitForWindowActive(w.window());
}

// The window as a PNG in $ECOTOWN_TEST_SCREENSHOTS (when set), for looking at.
inline void saveScreenshot(gui::AtlasWindow& w, const QString& name) {
    const QString dir = qEnvironmentVariable("ECOTOWN_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w.window()->grabWindow().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

}  // namespace ecotown::test
