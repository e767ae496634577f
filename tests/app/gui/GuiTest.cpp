#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QImage>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>

#include "app/gui/FactoryLayer.hpp"
#include "app/gui/Window.hpp"
#include "layers/Style.hpp"

using namespace ecotown;
using namespace ecotown::gui;

namespace {

QGuiApplication* app() {
    static int argc = 1;
    static char name[] = "test_gui";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* instance = new QGuiApplication(argc, argv);
    return instance;
}

std::unique_ptr<AtlasWindow> openWindow(QVariantMap filter = {}, QString language = QStringLiteral("en")) {
    app();
    WindowOptions options;
    options.width = 1400;
    options.height = 900;
    options.dataset = QStringLiteral(ECOTOWN_BUNDLED_GPKG);
    options.language = language;
    options.filterFlags = filter;
    auto w = std::make_unique<AtlasWindow>(options);
    EXPECT_TRUE(w->isValid());
    if (!w->isDrawn()) {
        QSignalSpy drawn(w.get(), &AtlasWindow::drawn);
        EXPECT_TRUE(drawn.wait(30000));
    }
    return w;
}

QQuickItem* item(AtlasWindow& w, const char* name) {
    return w.window()->findChild<QQuickItem*>(QString::fromLatin1(name));
}

[[maybe_unused]] QPointF toScreen(AtlasWindow& w, double lon, double lat) {
    QQuickItem* map = item(w, "map");
    QPointF p;
    QMetaObject::invokeMethod(map, "fromCoordinate", Q_RETURN_ARG(QPointF, p),
                              Q_ARG(QGeoCoordinate, QGeoCoordinate(lat, lon)), Q_ARG(bool, false));
    return map->mapToScene(p);
}

}  // namespace

TEST(GuiTest, ShowsProvincesAreasAndFactories) {
    auto w = openWindow();
    AtlasController* c = w->controller();
    ASSERT_TRUE(c->loaded()) << c->errorText().toStdString();
    std::cerr << "province parts " << c->provinceParts().size() << " area parts " << c->areaParts().size()
              << " country parts " << c->countryParts().size() << "\n";
    auto* layer = w->window()->findChild<FactoryLayer*>(QStringLiteral("factoryLayer"));
    ASSERT_NE(layer, nullptr);
    std::cerr << "drawn points " << layer->drawnPoints() << " size " << layer->width() << "x" << layer->height() << "\n";
}
