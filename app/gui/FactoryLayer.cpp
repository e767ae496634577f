#include "app/gui/FactoryLayer.hpp"

#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSGGeometryNode>
#include <QSGMaterial>
#include <QSGTransformNode>
#include <cmath>
#include <cstring>

namespace ecotown::gui {
namespace {

// Points with a per-vertex colour and size, drawn as round sprites.
class PointMaterial : public QSGMaterial {
  public:
    PointMaterial() { setFlag(Blending); }
    QSGMaterialType* type() const override {
        static QSGMaterialType t;
        return &t;
    }
    QSGMaterialShader* createShader() const override;
};

class PointShader : public QSGMaterialShader {
  public:
    const char* vertexShader() const override {
        return "#version 120\n"
               "attribute highp vec4 pos;\n"
               "attribute lowp vec4 col;\n"
               "attribute highp float psize;\n"
               "uniform highp mat4 qt_Matrix;\n"
               "varying lowp vec4 vcol;\n"
               "void main() {\n"
               "  gl_Position = qt_Matrix * pos;\n"
               "  gl_PointSize = psize;\n"
               "  vcol = col;\n"
               "}\n";
    }
    const char* fragmentShader() const override {
        return "#version 120\n"
               "varying lowp vec4 vcol;\n"
               "uniform lowp float qt_Opacity;\n"
               "void main() {\n"
               "  lowp vec2 d = gl_PointCoord - vec2(0.5);\n"
               "  lowp float r = dot(d, d);\n"
               "  if (r > 0.25) discard;\n"
               "  lowp float edge = r > 0.16 ? 0.55 : 1.0;\n"  // a darker rim
               "  gl_FragColor = vec4(vcol.rgb * edge, 1.0) * vcol.a * qt_Opacity;\n"
               "}\n";
    }
    char const* const* attributeNames() const override {
        static const char* names[] = {"pos", "col", "psize", nullptr};
        return names;
    }
    void initialize() override {
        m_matrix = program()->uniformLocation("qt_Matrix");
        m_opacity = program()->uniformLocation("qt_Opacity");
    }
    void updateState(const RenderState& state, QSGMaterial*, QSGMaterial*) override {
        if (state.isMatrixDirty())
            program()->setUniformValue(m_matrix, state.combinedMatrix());
        if (state.isOpacityDirty())
            program()->setUniformValue(m_opacity, state.opacity());
        // Desktop GL needs these for gl_PointSize and gl_PointCoord (GL_PROGRAM_POINT_SIZE,
        // GL_POINT_SPRITE); GLES has them always.
        QOpenGLContext* ctx = QOpenGLContext::currentContext();
        if (ctx && !ctx->isOpenGLES()) {
            ctx->functions()->glEnable(0x8642);
            ctx->functions()->glEnable(0x8861);
        }
    }

  private:
    int m_matrix = -1;
    int m_opacity = -1;
};

QSGMaterialShader* PointMaterial::createShader() const {
    return new PointShader;
}

const QSGGeometry::AttributeSet& pointAttributes() {
    static QSGGeometry::Attribute attrs[] = {
        QSGGeometry::Attribute::createWithAttributeType(0, 2, QSGGeometry::FloatType,
                                                        QSGGeometry::PositionAttribute),
        QSGGeometry::Attribute::createWithAttributeType(1, 4, QSGGeometry::UnsignedByteType,
                                                        QSGGeometry::ColorAttribute),
        QSGGeometry::Attribute::createWithAttributeType(2, 1, QSGGeometry::FloatType,
                                                        QSGGeometry::UnknownAttribute),
    };
    static QSGGeometry::AttributeSet set = {3, sizeof(PointVertex), attrs};
    return set;
}

}  // namespace

FactoryLayer::FactoryLayer(QQuickItem* parent) : MapOverlay(parent) {}

void FactoryLayer::setPoints(const FactoryPoints* points) {
    m_points = points;
    pointsChanged();
}

void FactoryLayer::pointsChanged() {
    m_uploadedVersion = ~0ull;
    update();
}

QSGNode* FactoryLayer::updatePaintNode(QSGNode* old, UpdatePaintNodeData*) {
    auto* transform = static_cast<QSGTransformNode*>(old);
    QSGGeometryNode* node = nullptr;
    if (!transform) {
        transform = new QSGTransformNode;
        node = new QSGGeometryNode;
        auto* geometry = new QSGGeometry(pointAttributes(), 0);
        geometry->setDrawingMode(QSGGeometry::DrawPoints);
        geometry->setVertexDataPattern(QSGGeometry::StaticPattern);
        node->setGeometry(geometry);
        node->setFlag(QSGNode::OwnsGeometry);
        node->setMaterial(new PointMaterial);
        node->setFlag(QSGNode::OwnsMaterial);
        transform->appendChildNode(node);
    } else {
        node = static_cast<QSGGeometryNode*>(transform->firstChild());
    }
    transform->setMatrix(worldToItem());

    const int zoomBucket = static_cast<int>(std::floor(zoomLevel()));
    const int effectiveBucket = zoomBucket > FactoryPoints::kLastAggregatedZoom ? 99 : zoomBucket;
    if (m_points &&
        (m_points->version() != m_uploadedVersion || effectiveBucket != m_uploadedZoom)) {
        const std::vector<PointVertex>& pts = m_points->forZoom(zoomLevel());
        QSGGeometry* g = node->geometry();
        g->allocate(static_cast<int>(pts.size()));
        if (!pts.empty())
            std::memcpy(g->vertexData(), pts.data(), pts.size() * sizeof(PointVertex));
        g->markVertexDataDirty();
        node->markDirty(QSGNode::DirtyGeometry);
        m_uploadedVersion = m_points->version();
        m_uploadedZoom = effectiveBucket;
        if (m_drawnPoints != static_cast<int>(pts.size())) {
            m_drawnPoints = static_cast<int>(pts.size());
            QMetaObject::invokeMethod(this, "drawnPointsChanged", Qt::QueuedConnection);
        }
    }
    return transform;
}

}  // namespace ecotown::gui
