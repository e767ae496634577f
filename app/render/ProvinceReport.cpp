#include "app/render/ProvinceReport.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <unistd.h>

#include "app/render/AtlasScene.hpp"
#include "app/render/MapOutput.hpp"
#include "app/render/MapPainter.hpp"
#include "geo/Error.hpp"
#include "layers/Style.hpp"

namespace ecotown::render {
namespace {

namespace fs = std::filesystem;

// The page in points (A4), with its margins.
constexpr double kPageW = 595.0, kPageH = 842.0, kMargin = 40.0;
constexpr double kContentW = kPageW - 2 * kMargin;

QString q(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<int>(s.size()));
}

QColor color(layers::Rgba c) {
    return QColor(c.r, c.g, c.b, c.a);
}

QString number(long long v) {
    return QString::fromStdString(groupDigits(v));
}

// Draws pages top to bottom, starting a new page when the next block does not fit.
class PageWriter {
  public:
    PageWriter(QPdfWriter& pdf, QPainter& painter, bool thai)
        : m_pdf(pdf), m_p(painter), m_thai(thai) {}

    QString tr(const char* en, const char* th) const { return q(m_thai ? th : en); }
    bool thai() const { return m_thai; }
    QPainter& painter() { return m_p; }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    int pages() const { return m_pages; }

    void ensure(double height) {
        if (m_y + height > kPageH - kMargin - 16)
            newPage();
    }
    void newPage() {
        footer();
        m_pdf.newPage();
        ++m_pages;
        m_y = kMargin;
    }
    void finish() { footer(); }

    QFont font(double points, bool bold = false) const {
        QFont f;
        // TLWG Loma for Thai before Noto Sans Thai: Noto's stacked tone marks are glyph
        // variants outside its cmap, which Qt's PDF text map cannot name, so a search (and
        // pdftotext) would lose them; Loma positions the plain marks instead.
        f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Loma"),
                       QStringLiteral("Noto Sans Thai"), QStringLiteral("DejaVu Sans")});
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    void text(const QString& s, double points, bool bold = false, QColor c = Qt::black) {
        m_p.setFont(font(points, bold));
        m_p.setPen(c);
        const QFontMetricsF fm(m_p.font());
        const QRectF r(kMargin, m_y, kContentW, 1000);
        const QRectF used = fm.boundingRect(r, Qt::TextWordWrap, s);
        ensure(used.height());
        m_p.drawText(QRectF(kMargin, m_y, kContentW, used.height() + 2), Qt::TextWordWrap, s);
        m_y += used.height() + 4;
    }
    void heading(const QString& s) {
        ensure(60);
        m_y += 8;
        text(s, 13, true, QColor(0x08, 0x30, 0x6b));
    }
    // A table: column widths in points (summing to at most kContentW); the first row a header.
    // Columns after the first `leftColumns` are right-aligned (numbers).
    void table(const std::vector<double>& widths, const std::vector<QStringList>& rows,
               double points = 8.5, int leftColumns = 1) {
        m_p.setFont(font(points));
        const double rowH = QFontMetricsF(m_p.font()).height() + 4;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            ensure(rowH);
            m_p.setFont(font(points, r == 0));
            if (r == 0)
                m_p.fillRect(QRectF(kMargin, m_y, kContentW, rowH), QColor(0xe8, 0xee, 0xf4));
            double x = kMargin;
            for (std::size_t c = 0;
                 c < widths.size() && c < static_cast<std::size_t>(rows[r].size()); ++c) {
                const auto align =
                    static_cast<int>(c) < leftColumns ? Qt::AlignLeft : Qt::AlignRight;
                m_p.setPen(Qt::black);
                const QRectF cell(x + 3, m_y, widths[c] - 6, rowH);
                const QString s =
                    QFontMetricsF(m_p.font())
                        .elidedText(rows[r][static_cast<int>(c)], Qt::ElideRight, cell.width());
                m_p.drawText(cell, align | Qt::AlignVCenter, s);
                x += widths[c];
            }
            m_p.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.5));
            m_p.drawLine(QPointF(kMargin, m_y + rowH), QPointF(kMargin + kContentW, m_y + rowH));
            m_y += rowH;
        }
        m_y += 6;
    }

  private:
    void footer() {
        m_p.setFont(font(7));
        m_p.setPen(QColor(0x60, 0x60, 0x60));
        m_p.drawText(QRectF(kMargin, kPageH - kMargin + 4, kContentW, 12), Qt::AlignLeft, m_footer);
        m_p.drawText(QRectF(kMargin, kPageH - kMargin + 4, kContentW, 12), Qt::AlignRight,
                     QString::number(m_pages));
    }

  public:
    QString m_footer;

  private:
    QPdfWriter& m_pdf;
    QPainter& m_p;
    bool m_thai;
    double m_y = kMargin;
    int m_pages = 1;
};

QString stageText(const std::optional<layers::DevelopmentStage>& stage, bool thai) {
    if (!stage)
        return thai ? QStringLiteral("ไม่ทราบ") : QStringLiteral("unknown");
    const auto& n = layers::stageName(*stage);
    return QString::number(static_cast<int>(*stage)) + QStringLiteral(" ") + q(thai ? n.th : n.en);
}

void drawMap(PageWriter& w, const layers::Atlas& atlas, const layers::ProvinceFactsheet& sheet,
             MapLanguage language) {
    SceneOptions options;
    options.language = language;
    options.title = "-";
    const MapScene scene = atlasScene(atlas, sheet.filter, sheet.selection, options);
    MapCanvas canvas;
    canvas.width = 1545;
    canvas.height = 1200;
    canvas.dpi = 192;
    const MapPainter painter(scene, canvas, 2);
    const QImage image = painter.renderImage();
    const double h = kContentW * canvas.height / canvas.width;
    w.ensure(h);
    w.painter().drawImage(QRectF(kMargin, w.y(), kContentW, h), image);
    w.painter().setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5));
    w.painter().drawRect(QRectF(kMargin, w.y(), kContentW, h));
    w.advance(h + 8);
}

// Stacked bars of Green Industry certificates per fiscal year, one colour per level.
void drawGiChart(PageWriter& w, const layers::ProvinceFactsheet& sheet) {
    const double chartH = 170;
    w.ensure(chartH + 30);
    QPainter& p = w.painter();
    const double x0 = kMargin + 34, y0 = w.y() + chartH, plotW = kContentW - 34 - 110;
    std::int64_t maxTotal = 1;
    for (int year : sheet.years) {
        std::int64_t t = 0;
        for (int l = 1; l <= 5; ++l) {
            const auto it = sheet.giByLevelYear[static_cast<std::size_t>(l)].find(year);
            t += it == sheet.giByLevelYear[static_cast<std::size_t>(l)].end() ? 0 : it->second;
        }
        maxTotal = std::max(maxTotal, t);
    }
    // A round scale: 1, 2 or 5 times a power of ten, four ticks.
    const double rawStep = static_cast<double>(maxTotal) / 4.0;
    const double mag = std::pow(10.0, std::floor(std::log10(std::max(rawStep, 1.0))));
    double step = mag;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * mag >= rawStep) {
            step = m * mag;
            break;
        }
    }
    const double top = step * 4;
    p.setFont(w.font(7));
    for (int i = 0; i <= 4; ++i) {
        const double y = y0 - chartH * i / 4.0;
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
        p.drawLine(QPointF(x0, y), QPointF(x0 + plotW, y));
        p.setPen(Qt::black);
        p.drawText(QRectF(kMargin, y - 6, 30, 12), Qt::AlignRight | Qt::AlignVCenter,
                   number(static_cast<long long>(step * i)));
    }
    const double slot =
        sheet.years.empty() ? plotW : plotW / static_cast<double>(sheet.years.size());
    for (std::size_t i = 0; i < sheet.years.size(); ++i) {
        const int year = sheet.years[i];
        double y = y0;
        for (int l = 1; l <= 5; ++l) {
            const auto& byYear = sheet.giByLevelYear[static_cast<std::size_t>(l)];
            const auto it = byYear.find(year);
            const double n = it == byYear.end() ? 0.0 : static_cast<double>(it->second);
            const double h = chartH * n / top;
            p.fillRect(
                QRectF(x0 + slot * static_cast<double>(i) + slot * 0.15, y - h, slot * 0.7, h),
                color(layers::greenIndustryColor(static_cast<layers::GreenIndustryLevel>(l))));
            y -= h;
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(x0 + slot * static_cast<double>(i), y0 + 2, slot, 10), Qt::AlignCenter,
                   QString::number(w.thai() ? layers::buddhistEraYear(year) : year));
    }
    for (int l = 1; l <= 5; ++l) {
        const double y = w.y() + 10 + (l - 1) * 14;
        p.fillRect(QRectF(x0 + plotW + 12, y, 10, 10),
                   color(layers::greenIndustryColor(static_cast<layers::GreenIndustryLevel>(l))));
        p.setPen(Qt::black);
        const auto& n = layers::greenIndustryLevelName(static_cast<layers::GreenIndustryLevel>(l));
        p.drawText(QRectF(x0 + plotW + 26, y - 1, 90, 12), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("GI %1 ").arg(l) + q(w.thai() ? n.th : n.en));
    }
    w.advance(chartH + 18);
}

}  // namespace

int writeProvinceReport(const layers::Atlas& atlas, const layers::ProvinceFactsheet& sheet,
                        const std::string& path, const ReportOptions& options) {
    if (checkMapOutput(path, options.overwrite) != MapFormat::Pdf)
        throw UsageError(path, "a factsheet is a PDF: the output must end in .pdf");
    const bool thai = options.language == MapLanguage::Thai;
    const layers::Province& province = atlas.provinces()[sheet.province];
    const layers::Statistics& st = sheet.statistics;
    const layers::FactoryCounts& k = st.total.counts;

    const fs::path target(path);
    const fs::path temp = target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                                  std::to_string(::getpid()) + ".pdf");
    int pages = 0;
    {
        QPdfWriter pdf(QString::fromStdString(temp.string()));
        pdf.setCreator(QStringLiteral("Eco-Town Atlas"));
        pdf.setTitle(q(province.nameEn) + QStringLiteral(" (") + q(province.code) +
                     QStringLiteral(") factsheet"));
        pdf.setResolution(72);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        QPainter p;
        if (!p.begin(&pdf))
            throw OutputError(path, "cannot start the PDF");
        PageWriter w(pdf, p, thai);
        w.m_footer =
            w.tr("Eco-Town Atlas · province factsheet · ", "Eco-Town Atlas · ข้อมูลจังหวัด · ") +
            q(province.code);

        // --- page 1: the province, its map and counts -------------------------------------
        w.text(q(province.nameTh) + QStringLiteral("  ") + q(province.nameEn) +
                   QStringLiteral(" (") + q(province.code) + QStringLiteral(")"),
               20, true);
        const auto& region = layers::regionName(province.region);
        w.text(w.tr("Province factsheet · region: ", "ข้อมูลจังหวัด · ภูมิภาค: ") +
                   q(thai ? region.th : region.en) +
                   w.tr(" · certificates as of fiscal year ", " · ใบรับรอง ณ ปีงบประมาณ ") +
                   QString::number(thai ? layers::buddhistEraYear(st.asOfYear) : st.asOfYear),
               10, false, QColor(0x40, 0x40, 0x40));
        drawMap(w, atlas, sheet, options.language);

        w.heading(w.tr("Counts", "จำนวน"));
        std::int64_t giCerts = 0;
        for (int l = 1; l <= 5; ++l)
            giCerts += k.giCertificates[static_cast<std::size_t>(l)];
        std::vector<QStringList> counts = {
            {w.tr("What", "รายการ"), w.tr("Number", "จำนวน")},
            {w.tr("Eco-town areas", "พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ"), number(st.total.areas)},
            {w.tr("Industrial estates", "นิคมอุตสาหกรรม"), number(st.total.estates)},
            {w.tr("Certified factories", "โรงงานที่ได้รับการรับรอง"), number(k.factories)},
            {w.tr("Factories with Green Industry", "โรงงานที่ได้รับอุตสาหกรรมสีเขียว"), number(k.withGi)},
            {w.tr("Eco Factory", "โรงงานเชิงนิเวศ"), number(k.ecoFactory)},
            {w.tr("CSR-DIW", "CSR-DIW"), number(k.csrDiw)},
            {w.tr("Green Industry certificates (all years)", "ใบรับรองอุตสาหกรรมสีเขียว (ทุกปี)"),
             number(giCerts)}};
        for (int s = 1; s <= layers::kStageCount; ++s) {
            if (st.areasByStage[static_cast<std::size_t>(s)] == 0)
                continue;
            counts.push_back({w.tr("Areas at stage ", "พื้นที่ระดับ ") +
                                  stageText(static_cast<layers::DevelopmentStage>(s), thai),
                              number(st.areasByStage[static_cast<std::size_t>(s)])});
        }
        w.table({kContentW - 120, 120}, counts);

        // --- Green Industry certificates by level and year ---------------------------------
        w.newPage();
        w.heading(w.tr("Green Industry certificates by level and fiscal year",
                       "ใบรับรองอุตสาหกรรมสีเขียวตามระดับและปีงบประมาณ"));
        drawGiChart(w, sheet);
        QStringList header{w.tr("Level", "ระดับ")};
        for (int year : sheet.years)
            header << QString::number(thai ? layers::buddhistEraYear(year) : year);
        header << w.tr("Total", "รวม");
        std::vector<QStringList> gi{header};
        std::map<int, std::int64_t> perYear;
        for (int l = 1; l <= 5; ++l) {
            QStringList row{QStringLiteral("GI %1").arg(l)};
            std::int64_t total = 0;
            for (int year : sheet.years) {
                const auto& byYear = sheet.giByLevelYear[static_cast<std::size_t>(l)];
                const auto it = byYear.find(year);
                const std::int64_t n = it == byYear.end() ? 0 : it->second;
                row << number(n);
                total += n;
                perYear[year] += n;
            }
            row << number(total);
            gi.push_back(row);
        }
        QStringList totals{w.tr("Total", "รวม")};
        std::int64_t all = 0;
        for (int year : sheet.years) {
            totals << number(perYear[year]);
            all += perYear[year];
        }
        totals << number(all);
        gi.push_back(totals);
        const double first = 40;
        const double rest = (kContentW - first) / static_cast<double>(sheet.years.size() + 1);
        std::vector<double> widths{first};
        for (std::size_t i = 0; i <= sheet.years.size(); ++i)
            widths.push_back(rest);
        w.table(widths, gi, 7);

        // --- areas, estates, KPIs, sources ------------------------------------------------
        w.heading(w.tr("Eco-town areas", "พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ"));
        std::vector<QStringList> areas = {{w.tr("Area", "พื้นที่"), w.tr("Name", "ชื่อ"),
                                           w.tr("Stage", "ระดับ"), w.tr("Phase", "ระยะ"),
                                           w.tr("Data", "ข้อมูล")}};
        for (std::uint32_t i : sheet.areas) {
            const layers::EcoTownArea& a = atlas.areas()[i];
            areas.push_back({q(a.id), q(thai ? a.nameTh : a.nameEn), stageText(a.stage, thai),
                             QString::number(a.phase), q(a.status)});
        }
        if (sheet.areas.empty())
            areas.push_back({w.tr("none", "ไม่มี")});
        w.table({50, 230, 130, 40, 65}, areas, 8.5, 3);

        w.heading(w.tr("Industrial estates", "นิคมอุตสาหกรรม"));
        std::vector<QStringList> estates = {{w.tr("Estate", "นิคม"), w.tr("Name", "ชื่อ"),
                                             w.tr("IEAT eco level", "ระดับเชิงนิเวศของ กนอ."),
                                             w.tr("Since", "ตั้งแต่"), w.tr("Data", "ข้อมูล")}};
        for (std::uint32_t i : sheet.estates) {
            const layers::IndustrialEstate& e = atlas.estates()[i];
            estates.push_back({q(e.id), q(thai ? e.nameTh : e.nameEn),
                               e.ieatLevel ? q(thai ? layers::ieatEcoLevelName(*e.ieatLevel).th
                                                    : layers::ieatEcoLevelName(*e.ieatLevel).en)
                                           : w.tr("none", "ไม่มี"),
                               e.ieatLevelYear > 0 ? QString::number(e.ieatLevelYear) : QString(),
                               q(e.status)});
        }
        if (sheet.estates.empty())
            estates.push_back({w.tr("none", "ไม่มี")});
        w.table({50, 230, 110, 50, 75}, estates, 8.5, 3);

        w.heading(w.tr("Ministry KPIs that apply to the province", "ตัวชี้วัดของกระทรวงที่ใช้กับจังหวัด"));
        std::vector<QStringList> kpi = {{w.tr("Indicator", "ตัวชี้วัด"), w.tr("Year", "ปี"),
                                         w.tr("National target", "เป้าหมายระดับประเทศ"),
                                         w.tr("Province", "จังหวัด"), w.tr("Note", "หมายเหตุ")}};
        for (const layers::KpiLine& l : sheet.kpi.lines) {
            kpi.push_back(
                {q(thai ? l.indicator->nameTh : l.indicator->nameEn),
                 QString::number(thai ? layers::buddhistEraYear(l.fiscalYear) : l.fiscalYear),
                 l.target ? q(layers::kpiNumber(*l.target)) : QStringLiteral("-"),
                 l.actual ? q(layers::kpiNumber(*l.actual)) : w.tr("no data", "ไม่มีข้อมูล"),
                 q(l.note)});
        }
        w.table({205, 35, 75, 55, 145}, kpi, 7.5, 1);

        w.heading(w.tr("Data sources", "แหล่งข้อมูล"));
        w.text(w.tr("Province boundaries: Natural Earth admin-1 (public domain). Eco-town areas, "
                    "estates and Green Industry totals: DIW, IEAT and Ministry of Industry "
                    "publications (see data/README.md for every row and its status). "
                    "Illustrative: the factories and their certificates are synthetic (they "
                    "reproduce the published national totals by level and year, not real "
                    "factories); many area stages, estate levels and estate outlines are "
                    "illustrative; KPI targets are national and restated from ministry "
                    "publications.",
                    "ขอบเขตจังหวัด: Natural Earth admin-1 (สาธารณสมบัติ) พื้นที่เมืองอุตสาหกรรมเชิงนิเวศ "
                    "นิคมอุตสาหกรรม และยอดรวมอุตสาหกรรมสีเขียว: เอกสารของกรมโรงงานอุตสาหกรรม กนอ. "
                    "และกระทรวงอุตสาหกรรม (ดู data/README.md) ข้อมูลตัวอย่าง: "
                    "โรงงานและใบรับรองเป็นข้อมูลสังเคราะห์ "
                    "(ตรงกับยอดรวมระดับประเทศที่เผยแพร่ ไม่ใช่โรงงานจริง) ระดับของพื้นที่ "
                    "ระดับและขอบเขตของนิคมบางส่วนเป็นข้อมูลตัวอย่าง "
                    "เป้าหมายตัวชี้วัดเป็นระดับประเทศ"),
               8.5);
        w.finish();
        pages = w.pages();
        if (!p.end())
            throw OutputError(path, "cannot finish the PDF");
    }
    std::error_code ec;
    if (fs::file_size(temp, ec) == 0 || ec) {
        fs::remove(temp, ec);
        throw OutputError(path, "the PDF could not be written");
    }
    if (fs::exists(target, ec) && !options.overwrite) {
        fs::remove(temp, ec);
        throw OutputError(path, "the output exists (use --overwrite to replace it)");
    }
    fs::rename(temp, target, ec);
    if (ec) {
        std::error_code ignore;
        fs::remove(temp, ignore);
        throw OutputError(path, "cannot rename the finished output into place: " + ec.message());
    }
    return pages;
}

}  // namespace ecotown::render
