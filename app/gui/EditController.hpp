#pragma once
// The window's editor mode: records what an officer tells the map (an area's assessment, a
// factory's new certificate or the revocation of one) in the atlas's store (layers/AtlasStore:
// append-only, who and when kept by the store), then has the atlas reloaded so that the map,
// the legend and the counts show it. Off until turned on, and offered only when the store can
// be written: a GeoPackage the user may write, or a database (whose server decides, by role and
// region). A refused write changes nothing and leaves one line in `message`.

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <functional>
#include <memory>

#include "app/gui/AtlasController.hpp"
#include "layers/AtlasStore.hpp"

namespace ecotown::gui {

class EditController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // The outcome of the last write, one line ("" before any); the status bar shows it.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool lastRefused READ lastRefused NOTIFY messageChanged)
    Q_PROPERTY(int currentFiscalYear READ currentFiscalYear CONSTANT)

  public:
    explicit EditController(AtlasController* atlas, QObject* parent = nullptr);
    ~EditController() override;

    bool available() const;
    bool active() const { return m_active && available(); }
    void setActive(bool on);
    QString message() const { return m_message; }
    bool lastRefused() const { return m_refused; }
    int currentFiscalYear() const;

    // What a right-click at (lon, lat) edits: the factory shown within a few pixels at `zoom`,
    // else the selected area there: {kind: "factory"|"area", id, title, stage (areas)}; {} when
    // nothing.
    Q_INVOKABLE QVariantMap targetAt(double lon, double lat, double zoom);
    // Appends an assessment of area `areaId`; false (with `message`) when refused.
    Q_INVOKABLE bool recordStage(const QString& areaId, int fiscalYear, int stage,
                                 const QString& note);
    // The factory's certificates: {certId, label, fiscalYear, revokedFrom (0 = in force)}.
    Q_INVOKABLE QVariantList certificatesOf(const QString& factoryId);
    // Adds a certificate: `type` gi, eco-factory or csr-diw; `level` 1-5 for gi.
    Q_INVOKABLE bool addCertificate(const QString& factoryId, const QString& type, int level,
                                    int fiscalYear, const QString& note);
    Q_INVOKABLE bool revokeCertificate(const QString& certId, int fiscalYear, const QString& note);

  signals:
    void availableChanged();
    void activeChanged();
    void messageChanged();
    // A write was stored; the atlas is being reloaded (AtlasController::ready when shown).
    void recorded();

  private:
    // Runs `op` on the store; on success says `done()` and reloads the atlas, on failure
    // says why in one line. The store is opened on first use and again after a failure (a
    // server that went away).
    bool write(const std::function<void(layers::AtlasStore&)>& op,
               const std::function<QString(layers::AtlasStore&)>& done);
    bool refuse(const QString& why);
    void setMessage(const QString& text, bool refused);

    QPointer<AtlasController> m_atlas;
    std::unique_ptr<layers::AtlasStore> m_store;
    bool m_active = false;
    bool m_refused = false;
    QString m_message;
};

}  // namespace ecotown::gui
