#include "app/gui/CountryLayer.hpp"

#include <QSGGeometryNode>
#include <QSGTransformNode>

#include "app/gui/FactoryPoints.hpp"
#include "geo/Ops.hpp"
#include "layers/Style.hpp"

namespace ecotown::gui {

CountryMesh CountryMesh::of(const layers::Atlas& atlas) {
    CountryMesh mesh;
    const double ox = FactoryPoints::originX(), oy = FactoryPoints::originY();
    auto push = [&](std::vector<float>& to, const geo::XY& p) {
        to.push_back(static_cast<float>(FactoryPoints::mercatorX(p.x) - ox));
        to.push_back(static_cast<float>(FactoryPoints::mercatorY(p.y) - oy));
    };
    for (const layers::Country& c : atlas.countries()) {
        if (c.isoA2 == "TH")
            continue;
        for (const geo::XY& corner : geo::triangulate(c.shape))
            push(mesh.triangles, corner);
        std::uint32_t begin = 0;
        for (std::uint32_t end : c.shape.ringEnds) {
            for (std::uint32_t i = begin; i + 1 < end; ++i) {
                push(mesh.outlines, c.shape.coords[i]);
                push(mesh.outlines, c.shape.coords[i + 1]);
            }
            begin = end;
        }
    }
    return mesh;
}

CountryLayer::CountryLayer(QQuickItem* parent) : MapOverlay(parent) {
    const layers::MapStyle& st = layers::mapStyle();
    m_fill = QColor(st.land.r, st.land.g, st.land.b, st.land.a);
    m_outline = QColor(st.landOutline.r, st.landOutline.g, st.landOutline.b, st.landOutline.a);
}

void CountryLayer::setFillColor(const QColor& c) {
    if (c == m_fill)
        return;
    m_fill = c;
    m_styleDirty = true;
    emit styleChanged();
    update();
}

void CountryLayer::setOutlineColor(const QColor& c) {
    if (c == m_outline)
        return;
    m_outline = c;
    m_styleDirty = true;
    emit styleChanged();
    update();
}

int CountryLayer::triangleCount() const {
    return m_mesh ? static_cast<int>(m_mesh->triangles.size() / 6) : 0;
}

void CountryLayer::setMesh(std::shared_ptr<const CountryMesh> mesh) {
    m_mesh = std::move(mesh);
    m_meshDirty = true;
    emit meshChanged();
    update();
}

QSGNode* CountryLayer::updatePaintNode(QSGNode* old, UpdatePaintNodeData*) {
    auto* transform = static_cast<QSGTransformNode*>(old);
    if (!transform) {
        transform = new QSGTransformNode;
        for (auto mode : {QSGGeometry::DrawTriangles, QSGGeometry::DrawLines})
            transform->appendChildNode(flatColourNode(mode));  // fill first, outlines over it
        m_meshDirty = m_styleDirty = true;
    }
    transform->setMatrix(worldToItem());
    auto* fill = static_cast<QSGGeometryNode*>(transform->firstChild());
    auto* outline = static_cast<QSGGeometryNode*>(fill->nextSibling());
    if (m_styleDirty) {
        setColour(fill, m_fill);
        setColour(outline, m_outline);
        m_styleDirty = false;
    }
    if (m_meshDirty) {
        const std::vector<float> none;
        setVertices(fill, m_mesh ? m_mesh->triangles : none);
        setVertices(outline, m_mesh ? m_mesh->outlines : none);
        m_meshDirty = false;
    }
    return transform;
}

}  // namespace ecotown::gui
