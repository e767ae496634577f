// The window on the screens people have (1366×768, 1920×1080) in English and Thai: every named
// control inside the window, the filter controls and the counts visible without scrolling, the
// legend over the map clear of the other map controls and not covering most of the map, no text
// running out of the side panel; and the keyboard: Tab visits every control in a sensible order,
// each with an accessible name a screen reader can say. Screenshots are written for looking at
// (ECOTOWN_TEST_SCREENSHOTS=DIR).

#include <gtest/gtest.h>

#include <QAccessible>
#include <QDir>
#include <QGeoCoordinate>
#include <QImage>
#include <QQuickItem>
#include <QRectF>
#include <QTest>
#include <ostream>
#include <vector>

#include "GuiSupport.hpp"
#include "TestSupport.hpp"
#include "app/gui/AtlasController.hpp"

using namespace ecotown;
using test::activate;
using test::item;
using test::openWindow;
using test::saveScreenshot;
using test::settle;

namespace {

QRectF sceneRect(QQuickItem* i) {
    return i->mapRectToScene(QRectF(0, 0, i->width(), i->height()));
}

std::string describe(const QRectF& r) {
    return QStringLiteral("(%1,%2 %3x%4)")
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height())
        .toStdString();
}

// Visible text items below `root` (labels, control texts).
void texts(QQuickItem* root, std::vector<QQuickItem*>& out) {
    for (QQuickItem* child : root->childItems()) {
        if (!child->isVisible() || child->opacity() == 0)
            continue;
        if (child->inherits("QQuickText"))
            out.push_back(child);
        texts(child, out);
    }
}

struct Screen {
    int width, height;
    const char* language;
    const char* provinces = "";  // --province: chips above the list
};

// How gtest (and ctest's test names) show a screen: no pointer bytes.
void PrintTo(const Screen& s, std::ostream* os) {
    *os << s.width << "x" << s.height << " " << s.language << " " << s.provinces;
}

class LayoutTest : public ::testing::TestWithParam<Screen> {};

}  // namespace

TEST_P(LayoutTest, EveryControlFitsAndTheFiltersAndCountsNeedNoScrolling) {
    const Screen s = GetParam();
    QVariantMap filter;
    if (*s.provinces)
        filter.insert(QStringLiteral("province"), QString::fromLatin1(s.provinces));
    auto w = openWindow(filter, QString::fromLatin1(s.language), s.width, s.height);
    settle(*w);
    const QString name = QStringLiteral("layout-%1x%2-%3%4")
                             .arg(s.width)
                             .arg(s.height)
                             .arg(QLatin1String(s.language))
                             .arg(*s.provinces ? QStringLiteral("-provinces") : QString());
    saveScreenshot(*w, name);
    const QRectF window(0, 0, w->window()->width(), w->window()->height());
    EXPECT_EQ(window.width(), s.width);
    EXPECT_EQ(window.height(), s.height);

    QQuickItem* panel = item(*w, "sidePanel");
    ASSERT_NE(panel, nullptr);
    const QRectF panelRect = sceneRect(panel);
    // The filter controls and the counts lie in the side panel's visible part (not scrolled to).
    for (const char* control :
         {"searchBox", "provinceList", "regionBox", "phaseBox", "stageSlider", "certBox",
          "yearSlider", "clearFilterButton", "counts", "countFactories", "countCsrDiw", "mapLegend",
          "legendToggle", "zoomToSelectionButton", "statusLabel"}) {
        QQuickItem* i = item(*w, control);
        ASSERT_NE(i, nullptr) << control;
        EXPECT_TRUE(i->isVisible()) << control;
        const QRectF r = sceneRect(i);
        EXPECT_TRUE(window.contains(r))
            << control << " " << describe(r) << " at " << name.toStdString();
        if (panelRect.contains(r.center())) {
            EXPECT_LE(r.bottom(), panelRect.bottom() + 0.5)
                << control << " is below the side panel's fold " << describe(r);
        }
    }
    // The legend over the map: clear of the zoom buttons, the north arrow and the identify card,
    // and at most a quarter of the map.
    QQuickItem* map = item(*w, "mapPane");
    const QRectF mapRect = sceneRect(map), legend = sceneRect(item(*w, "mapLegend"));
    EXPECT_TRUE(mapRect.contains(legend)) << describe(legend);
    for (const char* other : {"mapButtons", "northArrow", "scaleBar", "mapSourceLine"}) {
        QQuickItem* i = item(*w, other);
        ASSERT_NE(i, nullptr) << other;
        EXPECT_FALSE(sceneRect(i).intersects(legend))
            << other << " " << describe(sceneRect(i)) << " under the legend " << describe(legend);
    }
    const double share = legend.width() * legend.height() / (mapRect.width() * mapRect.height());
    EXPECT_LT(share, 0.25) << "the legend covers " << share * 100 << " % of the map";
    // No text runs out of the side panel: long ones elide or wrap.
    std::vector<QQuickItem*> all;
    texts(panel, all);
    ASSERT_GT(all.size(), 20u);
    for (QQuickItem* t : all) {
        const QRectF r = sceneRect(t);
        if (r.top() > panelRect.bottom() || r.bottom() < panelRect.top())
            continue;  // scrolled out (the area table)
        // elided or wrapped text paints within its width; other text as wide as it is
        const double content = t->property("contentWidth").toDouble();
        const bool fitted =
            t->property("elide").toInt() != 0 || t->property("wrapMode").toInt() != 0;
        const double right = r.left() + (fitted ? std::min(content, t->width()) : content);
        EXPECT_LE(right, panelRect.right() + 0.5)
            << "\"" << t->property("text").toString().toStdString() << "\" runs out of the panel";
    }
}

INSTANTIATE_TEST_SUITE_P(Screens, LayoutTest,
                         ::testing::Values(Screen{1366, 768, "en"}, Screen{1366, 768, "th"},
                                           Screen{1920, 1080, "en"}, Screen{1920, 1080, "th"},
                                           Screen{1366, 768, "th", "TH-21,TH-20,TH-24"}),
                         [](const ::testing::TestParamInfo<Screen>& info) {
                             return std::to_string(info.param.width) + "x" +
                                    std::to_string(info.param.height) + "_" + info.param.language +
                                    (*info.param.provinces ? "_provinces" : "");
                         });

// Tab from the search box through the window and back: the header, then the side panel's
// filters top to bottom, then the map and its controls; every stop has an accessible name.
// The view that follows a filter shows what it selects where nothing lies over it: on a
// 1366×768 screen Rayong's two eco-town areas, on the coast at the bottom left of the province,
// once sat under the legend.
TEST(LayoutTest, TheSelectionIsShownClearOfTheLegendAndTheButtons) {
    for (const char* province : {"TH-21", "TH-20", "TH-84"}) {
        auto w = openWindow({}, QStringLiteral("en"), 1366, 768);
        settle(*w);
        gui::AtlasController* c = w->controller();
        c->setProvinceFilter({QString::fromLatin1(province)});
        QTest::qWait(900);  // the short animation
        settle(*w);
        QQuickItem* map = item(*w, "map");
        const QRectF legend = sceneRect(item(*w, "mapLegend"));
        const QRectF buttons = sceneRect(item(*w, "mapButtons"));
        const QRectF mapRect = sceneRect(map);
        ASSERT_FALSE(c->selection().areas.empty()) << province;
        for (std::uint32_t a : c->selection().areas) {
            const geo::Extent& e = c->atlas()->areas()[a].extent;
            QRectF onScreen;
            for (const auto& [lon, lat] : {std::pair{e.minX, e.minY}, std::pair{e.maxX, e.maxY}}) {
                QPointF p;
                QMetaObject::invokeMethod(map, "fromCoordinate", Q_RETURN_ARG(QPointF, p),
                                          Q_ARG(QGeoCoordinate, QGeoCoordinate(lat, lon)),
                                          Q_ARG(bool, false));
                const QPointF scene = map->mapToScene(p);
                onScreen = onScreen.isNull() ? QRectF(scene, QSizeF(0.001, 0.001))
                                             : onScreen.united(QRectF(scene, QSizeF(0.001, 0.001)));
            }
            const std::string what = std::string(province) + " " + c->atlas()->areas()[a].id;
            EXPECT_TRUE(mapRect.contains(onScreen)) << what << " " << describe(onScreen);
            EXPECT_FALSE(onScreen.intersects(legend))
                << what << " " << describe(onScreen) << " under the legend " << describe(legend);
            EXPECT_FALSE(onScreen.intersects(buttons))
                << what << " " << describe(onScreen) << " under the buttons " << describe(buttons);
        }
    }
}

TEST(KeyboardTest, TabVisitsEveryControlInOrderAndEachHasAName) {
    for (const char* language : {"en", "th"}) {
        auto w = openWindow({}, QString::fromLatin1(language), 1366, 768);
        // as when a screen reader starts: the controls give themselves roles and names
        QAccessible::setActive(true);
        ASSERT_TRUE(activate(*w));
        QQuickItem* search = item(*w, "searchBox");
        search->forceActiveFocus(Qt::TabFocusReason);
        QQuickItem* start = w->window()->activeFocusItem();
        ASSERT_NE(start, nullptr);
        std::vector<QQuickItem*> order;
        for (int i = 0; i < 200; ++i) {
            ASSERT_TRUE(activate(*w));
            QTest::keyClick(w->window(), Qt::Key_Tab);
            QQuickItem* now = w->window()->activeFocusItem();
            ASSERT_NE(now, nullptr);
            if (now == start)
                break;
            order.push_back(now);
        }
        ASSERT_EQ(w->window()->activeFocusItem(), start) << "Tab comes back to the search box";
        auto position = [&](const char* name) {
            QQuickItem* target = item(*w, name);
            for (std::size_t i = 0; i < order.size(); ++i) {
                for (QQuickItem* p = order[i]; p; p = p->parentItem())
                    if (p == target)
                        return static_cast<int>(i);
            }
            ADD_FAILURE() << name << " is not reached with Tab (" << language << ")";
            return -1;
        };
        const char* expected[] = {"languageBox", "provinceList",      "regionBox",
                                  "phaseBox",    "stageSlider",       "certBox",
                                  "yearSlider",  "clearFilterButton", "areaTable",
                                  "map",         "legendToggle",      "zoomToSelectionButton"};
        int last = -1;
        for (const char* name : expected) {
            const int p = position(name);
            EXPECT_GT(p, last) << name << " comes too early in the Tab order (" << language << ")";
            last = std::max(last, p);
        }
        auto where = [](QQuickItem* i) {
            std::string out = i->metaObject()->className();
            out += " '" + i->property("text").toString().toStdString() + "' in";
            for (QQuickItem* p = i->parentItem(); p; p = p->parentItem())
                if (!p->objectName().isEmpty())
                    out += " " + p->objectName().toStdString();
            return out;
        };
        for (QQuickItem* i : order) {
            // a part of a control (a range slider's handle) is named by its control
            QAccessibleInterface* a = nullptr;
            for (QQuickItem* p = i; p && !a; p = p->parentItem())
                a = QAccessible::queryAccessibleInterface(p);
            ASSERT_NE(a, nullptr) << where(i);
            EXPECT_FALSE(a->text(QAccessible::Name).trimmed().isEmpty())
                << "no accessible name: " << where(i) << " (" << language << ")";
        }
    }
}

// + and − zoom the map, the arrows pan it, when it has the keyboard focus.
TEST(KeyboardTest, PlusMinusAndArrowsMoveTheMap) {
    auto w = openWindow({}, QStringLiteral("en"), 1366, 768);
    ASSERT_TRUE(activate(*w));
    QQuickItem* map = item(*w, "map");
    map->forceActiveFocus(Qt::TabFocusReason);
    const double zoom = map->property("zoomLevel").toDouble();
    QTest::keyClick(w->window(), Qt::Key_Plus);
    EXPECT_GT(map->property("zoomLevel").toDouble(), zoom);
    QTest::keyClick(w->window(), Qt::Key_Minus);
    QTest::keyClick(w->window(), Qt::Key_Minus);
    EXPECT_LT(map->property("zoomLevel").toDouble(), zoom);
    const QVariant before = map->property("center");
    QTest::keyClick(w->window(), Qt::Key_Right);
    EXPECT_NE(map->property("center"), before);
}
