#include "app/gui/Window.hpp"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QQmlContext>
#include <QQuickItem>
#include <QTimer>

#include "app/gui/CountryLayer.hpp"
#include "app/gui/FactoryLayer.hpp"
#include "app/gui/HighlightLayer.hpp"
#include "app/gui/ProvenanceLayer.hpp"

// The QML files and translations are resources of a static library: initialise them by hand.
static void initEcotownResources() {
    Q_INIT_RESOURCE(qml);
    Q_INIT_RESOURCE(translations);
}

namespace ecotown::gui {

void registerQmlTypes() {
    static bool done = false;
    if (done)
        return;
    done = true;
    initEcotownResources();
    qmlRegisterType<FactoryLayer>("EcoTown", 1, 0, "FactoryLayer");
    qmlRegisterType<CountryLayer>("EcoTown", 1, 0, "CountryLayer");
    qmlRegisterType<ProvenanceLayer>("EcoTown", 1, 0, "ProvenanceLayer");
    qmlRegisterType<HighlightLayer>("EcoTown", 1, 0, "HighlightLayer");
}

LanguageSwitcher::LanguageSwitcher(QQmlEngine* engine, AtlasController* controller)
    : m_engine(engine), m_controller(controller) {}

void LanguageSwitcher::setLanguage(const QString& language) {
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (language == QLatin1String("th") &&
        m_translator.load(QStringLiteral(":/i18n/ecotown_th.qm"))) {
        QCoreApplication::installTranslator(&m_translator);
        m_installed = true;
    }
    // Thai text in a Thai font; Latin text in the same family's Latin face.
    QFont font(QStringLiteral("Noto Sans"));
    font.setFamilies(
        {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Thai"), QStringLiteral("Loma")});
    QGuiApplication::setFont(font);
    m_controller->setLanguage(language == QLatin1String("th") ? language : QStringLiteral("en"));
    m_engine->retranslate();
}

void AtlasWindow::waitForFrames() {
    auto frames = std::make_shared<int>(0);
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(m_window, &QQuickWindow::frameSwapped, this, [this, frames, conn] {
        if (++*frames < 4) {
            m_window->update();
            return;
        }
        disconnect(*conn);
        QTimer::singleShot(200, this, [this] {
            m_drawn = true;
            emit drawn();
        });
    });
    m_window->update();
}

AtlasWindow::AtlasWindow(const WindowOptions& options, QObject* parent) : QObject(parent) {
    registerQmlTypes();
    m_languages = std::make_unique<LanguageSwitcher>(&m_engine, &m_controller);
    m_engine.rootContext()->setContextProperty(QStringLiteral("atlas"), &m_controller);
    m_engine.rootContext()->setContextProperty(QStringLiteral("edit"), &m_editor);
    m_engine.rootContext()->setContextProperty(QStringLiteral("i18n"), m_languages.get());
    m_engine.rootContext()->setContextProperty(QStringLiteral("kpi"), &m_kpi);
    m_engine.rootContext()->setContextProperty(QStringLiteral("provinceReport"), &m_provinceReport);
    m_engine.rootContext()->setContextProperty(QStringLiteral("history"), &m_history);
    m_engine.rootContext()->setContextProperty(QStringLiteral("changes"), &m_changes);
    m_engine.rootContext()->setContextProperty(QStringLiteral("connection"), &m_connection);
    m_engine.rootContext()->setContextProperty(QStringLiteral("mapPrinter"), &m_printer);
    m_engine.rootContext()->setContextProperty(QStringLiteral("initialWidth"), options.width);
    m_engine.rootContext()->setContextProperty(QStringLiteral("initialHeight"), options.height);
    m_languages->setLanguage(options.language);
    if (!options.filterFlags.isEmpty())
        m_controller.setFilterFromFlags(options.filterFlags);
    // "Drawn": loaded, every map item built (MapItemView creates its delegates asynchronously),
    // then a few frames rendered.
    connect(&m_controller, &AtlasController::ready, this, [this] {
        if (!m_window)
            return;
        auto* poll = new QTimer(this);
        poll->setInterval(15);
        connect(poll, &QTimer::timeout, this, [this, poll] {
            QObject* map = m_window->findChild<QObject*>(QStringLiteral("map"));
            const int built =
                map ? qvariant_cast<QList<QObject*>>(map->property("mapItems")).size() : 0;
            if (qEnvironmentVariableIsSet("ECOTOWN_DEBUG_ITEMS"))
                qInfo("map items %d of %d", built, m_controller.mapLayers()->mapPartCount());
            if (built < m_controller.mapLayers()->mapPartCount())
                return;
            poll->deleteLater();
            emit this->built();
            waitForFrames();
        });
        poll->start();
    });
    connect(&m_controller, &AtlasController::loadFailed, this, [this] {
        m_drawn = true;
        emit drawn();
    });
    // The data loads on a worker while the QML is compiled and created (its result arrives
    // through the event loop, after both).
    m_controller.setForceServerView(options.serverView);
    m_controller.load(options.dataset, options.mappingFile);
    m_engine.load(QUrl(QStringLiteral("qrc:/qml/Main.qml")));
    if (m_engine.rootObjects().isEmpty())
        return;
    m_window = qobject_cast<QQuickWindow*>(m_engine.rootObjects().constFirst());
    if (!m_window)
        return;
    // The map is a Tab stop (+/-/arrows); QtLocation's Map type does not let QML say so.
    if (auto* map = m_window->findChild<QQuickItem*>(QStringLiteral("map")))
        map->setActiveFocusOnTab(true);
    if (auto* layer = m_window->findChild<FactoryLayer*>(QStringLiteral("factoryLayer")))
        m_controller.attachFactoryLayer(layer);
    if (auto* layer = m_window->findChild<CountryLayer*>(QStringLiteral("countryLayer")))
        m_controller.attachCountryLayer(layer);
    if (auto* layer = m_window->findChild<ProvenanceLayer*>(QStringLiteral("provenanceLayer")))
        m_controller.attachProvenanceLayer(layer);
    if (auto* layer = m_window->findChild<HighlightLayer*>(QStringLiteral("hoverOutline")))
        m_controller.attachHighlightLayer(layer);
}

}  // namespace ecotown::gui
