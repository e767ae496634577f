#pragma once
// What the GUI test files share beyond WindowSupport.hpp: the real window on the bundled data at a
// size, items by object name, settling, activation and screenshots to look at.

#include <gtest/gtest.h>

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <memory>

#include "WindowSupport.hpp"
#include "app/gui/Window.hpp"

namespace ecotown::test {

inline QApplication* app() {
    return guiApp();
}

inline std::unique_ptr<gui::AtlasWindow> openWindow(QVariantMap filter = {},
                                                    QString language = QStringLiteral("en"),
                                                    int width = 1400, int height = 900) {
    gui::WindowOptions options;
    options.width = width;
    options.height = height;
    options.dataset = QStringLiteral(ECOTOWN_BUNDLED_GPKG);
    options.language = language;
    options.filterFlags = filter;
    return openDrawnWindow(options);
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
    // another test's window may take the focus back meanwhile (there is no window manager under
    // Xvfb to settle it): ask again a few times
    for (int attempt = 0; attempt < 5 && !w.window()->isActive(); ++attempt) {
        w.window()->raise();
        w.window()->requestActivate();
        if (QTest::qWaitForWindowActive(w.window(), 3000))
            return true;
    }
    return w.window()->isActive();
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
