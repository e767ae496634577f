#include "app/gui/EditController.hpp"

#include <QFileInfo>
#include <exception>

#include "app/gui/QtText.hpp"
#include "geo/Sql.hpp"
#include "layers/Identify.hpp"

namespace ecotown::gui {
namespace {

// A message as one status-bar line.
QString oneLine(const char* text) {
    return QString::fromUtf8(text).simplified();
}

QString certificateLabel(layers::CertificationType type, int level) {
    switch (type) {
        case layers::CertificationType::GreenIndustry:
            return EditController::tr("Green Industry level %1").arg(level);
        case layers::CertificationType::EcoFactory:
            return EditController::tr("Eco Factory");
        case layers::CertificationType::CsrDiw:
            return EditController::tr("CSR-DIW");
    }
    return {};
}

}  // namespace

EditController::EditController(AtlasController* atlas, QObject* parent)
    : QObject(parent), m_atlas(atlas) {
    connect(atlas, &AtlasController::loadedChanged, this, [this] {
        emit availableChanged();
        emit activeChanged();
    });
}

EditController::~EditController() = default;

bool EditController::available() const {
    if (!m_atlas || !m_atlas->loaded() || m_atlas->loadedFromMapping())
        return false;
    const QString source = m_atlas->datasetPath();
    if (geo::isPostgresSource(source.toStdString()))
        return true;  // the server decides, by role and region
    return QFileInfo(source).isWritable();
}

void EditController::setActive(bool on) {
    if (m_active == on)
        return;
    m_active = on;
    emit activeChanged();
}

int EditController::currentFiscalYear() const {
    return layers::currentFiscalYear();
}

QVariantMap EditController::targetAt(double lon, double lat, double zoom) {
    if (!m_atlas || !m_atlas->atlas())
        return {};
    const QVariantMap hit = m_atlas->identify(lon, lat, zoom, 8);
    if (hit.value(QStringLiteral("kind")).toString() == QLatin1String("factory"))
        return hit;
    const layers::Atlas& atlas = *m_atlas->atlas();
    const layers::PlaceAt place = layers::placeAt(atlas, m_atlas->selection(), {lon, lat});
    if (place.area == layers::kNoIndex)
        return {};
    const layers::EcoTownArea& a = atlas.areas()[static_cast<std::size_t>(place.area)];
    const bool thai = m_atlas->language() == QLatin1String("th");
    return {{QStringLiteral("kind"), QStringLiteral("area")},
            {QStringLiteral("id"), qs(a.id)},
            {QStringLiteral("title"), nameIn(thai, a.nameEn, a.nameTh)},
            {QStringLiteral("stage"), stageNumber(a.stage)}};
}

bool EditController::recordStage(const QString& areaId, int fiscalYear, int stage,
                                 const QString& note) {
    const layers::StageRecord record{areaId.toStdString(), fiscalYear, stage,
                                     note.trimmed().toStdString()};
    return write([&](layers::AtlasStore& store) { store.recordStage(record); },
                 [&](layers::AtlasStore& store) {
                     return tr("Recorded %1 stage %2 for FY%3 by %4")
                         .arg(areaId)
                         .arg(stage)
                         .arg(fiscalYear)
                         .arg(qs(store.recorder()));
                 });
}

QVariantList EditController::certificatesOf(const QString& factoryId) {
    QVariantList out;
    try {
        if (!m_store)
            m_store = layers::AtlasStore::open(m_atlas->datasetPath().toStdString());
        for (const layers::StoredCertificate& c :
             m_store->certificatesOf(factoryId.toStdString())) {
            QString label = tr("%1, FY%2").arg(certificateLabel(c.type, c.level)).arg(c.fiscalYear);
            if (c.revokedFrom > 0)
                label = tr("%1 (revoked from FY%2)").arg(label).arg(c.revokedFrom);
            out.push_back(QVariantMap{{QStringLiteral("certId"), qs(c.certId)},
                                      {QStringLiteral("label"), label},
                                      {QStringLiteral("fiscalYear"), c.fiscalYear},
                                      {QStringLiteral("revokedFrom"), c.revokedFrom}});
        }
    } catch (const std::exception& e) {
        m_store.reset();
        refuse(oneLine(e.what()));
    }
    return out;
}

bool EditController::addCertificate(const QString& factoryId, const QString& type, int level,
                                    int fiscalYear, const QString& note) {
    const auto certType = layers::certificationTypeFromText(type.toStdString());
    if (!certType)
        return refuse(tr("Unknown certification type '%1'").arg(type));
    layers::CertificateRecord record{
        factoryId.toStdString(), *certType,
        *certType == layers::CertificationType::GreenIndustry ? level : 0, fiscalYear,
        note.trimmed().toStdString()};
    if (m_atlas && m_atlas->factoriesAtlas()) {
        // the factory as read (in the server view: among the view's factories)
        const std::string problem =
            layers::certificateRecordProblem(*m_atlas->factoriesAtlas(), record);
        if (!problem.empty())
            return refuse(qs(problem));
    }
    return write([&](layers::AtlasStore& store) { store.addCertificates({record}); },
                 [&](layers::AtlasStore& store) {
                     return tr("Added %1 for FY%2 to %3 by %4")
                         .arg(certificateLabel(record.type, record.level))
                         .arg(fiscalYear)
                         .arg(factoryId)
                         .arg(qs(store.recorder()));
                 });
}

bool EditController::revokeCertificate(const QString& certId, int fiscalYear, const QString& note) {
    const layers::RevocationRecord record{certId.toStdString(), fiscalYear,
                                          note.trimmed().toStdString()};
    return write([&](layers::AtlasStore& store) { store.revokeCertificate(record); },
                 [&](layers::AtlasStore& store) {
                     return tr("Revoked %1 from FY%2 by %3")
                         .arg(certId)
                         .arg(fiscalYear)
                         .arg(qs(store.recorder()));
                 });
}

bool EditController::write(const std::function<void(layers::AtlasStore&)>& op,
                           const std::function<QString(layers::AtlasStore&)>& done) {
    if (!available())
        return refuse(tr("This dataset cannot be edited here"));
    QString said;
    try {
        if (!m_store)
            m_store = layers::AtlasStore::open(m_atlas->datasetPath().toStdString());
        op(*m_store);
        said = done(*m_store);
    } catch (const std::exception& e) {
        m_store.reset();  // a server that went away is connected to again next time
        return refuse(oneLine(e.what()));
    }
    setMessage(said, false);
    m_atlas->load(m_atlas->datasetPath());  // the map, legend and counts show the record
    emit recorded();
    return true;
}

bool EditController::refuse(const QString& why) {
    setMessage(tr("Not recorded: %1").arg(why), true);
    return false;
}

void EditController::setMessage(const QString& text, bool refused) {
    m_message = text;
    m_refused = refused;
    emit messageChanged();
}

}  // namespace ecotown::gui
