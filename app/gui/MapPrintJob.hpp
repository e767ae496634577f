#pragma once
// File → Print… and Save map as PDF, PNG or SVG: the window's current view and filter on a page
// (A4/A3, portrait/landscape, a DPI) with title, legend, scale bar, north arrow and source line,
// drawn by the one renderer of `ecotown-cli render` (app/render: atlasScene, MapPainter,
// writeMap). Pure Qt at the surface: invokables taking the dialog's choices, a translated message.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

#include "app/render/MapScene.hpp"
#include "app/render/MapView.hpp"
#include "app/render/SceneOptions.hpp"

namespace ecotown::gui {

class AtlasController;

// The page the map is drawn on: its size in pixels at `dpi`.
struct MapPage {
    QString size = QStringLiteral("A4");  // "A4" or "A3"
    bool landscape = true;
    double dpi = 150;
    render::MapCanvas canvas() const;
};

class MapPrintJob : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString message READ message NOTIFY finished)
    Q_PROPERTY(bool canPrint READ canPrint CONSTANT)

  public:
    explicit MapPrintJob(AtlasController* controller, QObject* parent = nullptr);

    QString message() const { return m_message; }
    // A printer is set up (CUPS); without one the window offers Save as PDF only.
    bool canPrint() const;
    Q_INVOKABLE QStringList printerNames() const;
    Q_INVOKABLE QStringList pageSizes() const {
        return {QStringLiteral("A4"), QStringLiteral("A3")};
    }
    Q_INVOKABLE bool fileExists(const QString& path) const;

    // `request` is the dialog's: page ("A4"/"A3"), landscape, dpi, west/south/east/north (the
    // view), the layer toggles (provinces, areas, estates, factories, labels; default on), and
    // for save: path (its extension picks PNG, PDF or SVG) and overwrite; for print: printer.
    // Returns whether it was written; `message` says what happened (the path, or the reason).
    Q_INVOKABLE bool save(const QVariantMap& request);
    Q_INVOKABLE bool print(const QVariantMap& request);

    // The scene the window shows for `request` (for tests and both outputs).
    std::optional<render::MapScene> scene(const QVariantMap& request) const;
    static MapPage page(const QVariantMap& request);

  signals:
    void finished(bool ok, const QString& message);

  private:
    bool finish(bool ok, const QString& message);

    AtlasController* m_controller;
    QString m_message;
};

}  // namespace ecotown::gui
