#include "WindowSupport.hpp"

#include <gtest/gtest.h>

#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

namespace ecotown::test {

QApplication* guiApp() {
    static int argc = 1;
    static char name[] = "ecotown-window-test";
    static char* argv[] = {name, nullptr};
    // QApplication, as main.cpp: the KPI panel's Qt Charts draw with Graphics View.
    static QApplication* instance = [] {
        auto* a = new QApplication(argc, argv);
        QGuiApplication::setOrganizationName(QStringLiteral("EcoTownAtlas"));  // as main.cpp
        return a;
    }();
    return instance;
}

std::unique_ptr<gui::AtlasWindow> openDrawnWindow(const gui::WindowOptions& options) {
    guiApp();
    auto w = std::make_unique<gui::AtlasWindow>(options);
    EXPECT_TRUE(w->isValid());
    if (!w->isDrawn()) {
        QSignalSpy drawn(w.get(), &gui::AtlasWindow::drawn);
        EXPECT_TRUE(drawn.wait(120000));
    }
    return w;
}

QQuickItem* findItem(QQuickItem* root, const QString& name) {
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

QImage stillShot(gui::AtlasWindow& w) {
    auto grab = [&w] {
        w.window()->update();
        QTest::qWait(150);
        return w.window()->grabWindow();
    };
    QImage last = grab();
    for (int i = 0; i < 40; ++i) {
        QImage now = grab();
        if (now == last)
            return now;
        last = std::move(now);
    }
    return last;
}

}  // namespace ecotown::test
