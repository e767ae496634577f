// Qt Quick Test for the window's self-contained QML components (tests/app/gui/qml/tst_*.qml),
// loaded from the application's own resources as the window loads them.

#include <QQmlEngine>
#include <QtQuickTest>

#include "app/gui/Window.hpp"

class Setup : public QObject {
    Q_OBJECT
  public slots:
    void qmlEngineAvailable(QQmlEngine*) {
        ecotown::gui::registerQmlTypes();  // also makes qrc:/qml/ available
        qmlRegisterType(QUrl(QStringLiteral("qrc:/qml/ScaleBar.qml")), "EcoTownQml", 1, 0,
                        "ScaleBar");
    }
};

QUICK_TEST_MAIN_WITH_SETUP(ecotown_qml, Setup)

#include "QmlTest.moc"
