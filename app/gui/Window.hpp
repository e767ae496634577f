#pragma once
// The map window as the program and the GUI tests use it: QML engine, controller, translations
// (English/Thai, switchable at run time) and the screenshot mode.

#include <QObject>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTranslator>
#include <memory>

#include "app/gui/AtlasController.hpp"
#include "app/gui/ChangesController.hpp"
#include "app/gui/ConnectionWatch.hpp"
#include "app/gui/EditController.hpp"
#include "app/gui/HistoryController.hpp"
#include "app/gui/KpiModel.hpp"
#include "app/gui/MapPrintJob.hpp"
#include "app/gui/ProvinceReportJob.hpp"

namespace ecotown::gui {

class LanguageSwitcher : public QObject {
    Q_OBJECT
  public:
    LanguageSwitcher(QQmlEngine* engine, AtlasController* controller);
    Q_INVOKABLE void setLanguage(const QString& language);  // "en" or "th"

  private:
    QQmlEngine* m_engine;
    AtlasController* m_controller;
    QTranslator m_translator;
    bool m_installed = false;
};

struct WindowOptions {
    int width = 1600;
    int height = 1000;
    QString language = QStringLiteral("en");
    QString dataset;      // resolved path of ecotown.gpkg
    QString mappingFile;  // optional user files
    QVariantMap filterFlags;
    bool serverView = false;  // view a database through its server however few its factories
};

class AtlasWindow : public QObject {
    Q_OBJECT
  public:
    explicit AtlasWindow(const WindowOptions& options, QObject* parent = nullptr);
    bool isValid() const { return m_window != nullptr; }
    QQuickWindow* window() const { return m_window; }
    AtlasController* controller() { return &m_controller; }
    MapPrintJob* printer() { return &m_printer; }
    EditController* editor() { return &m_editor; }
    LanguageSwitcher* languages() { return m_languages.get(); }
    KpiModel* kpi() { return &m_kpi; }
    ProvinceReportJob* provinceReport() { return &m_provinceReport; }
    HistoryController* history() { return &m_history; }
    ChangesController* changes() { return &m_changes; }
    ConnectionWatch* connection() { return &m_connection; }
    QQmlApplicationEngine& engine() { return m_engine; }
    // Emitted once the data is drawn (a few frames after loading): screenshots can be taken.
    Q_SIGNAL void drawn();
    // The data is loaded and every map item built: the next frame is the first full one.
    Q_SIGNAL void built();
    bool isDrawn() const { return m_drawn; }

  private:
    void waitForFrames();

    AtlasController m_controller;
    KpiModel m_kpi{&m_controller};
    ProvinceReportJob m_provinceReport{&m_controller};
    HistoryController m_history{&m_controller};
    ChangesController m_changes{&m_controller};
    ConnectionWatch m_connection{&m_controller};
    MapPrintJob m_printer{&m_controller};
    EditController m_editor{&m_controller};
    QQmlApplicationEngine m_engine;
    std::unique_ptr<LanguageSwitcher> m_languages;
    QQuickWindow* m_window = nullptr;
    bool m_drawn = false;
};

// Registers the QML types (FactoryLayer) once.
void registerQmlTypes();

}  // namespace ecotown::gui
