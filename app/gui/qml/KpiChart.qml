import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import QtCharts 2.3

// One indicator of the KPI panel: its name, the verdict at a glance (colour and words), a chart
// of the actuals (bars) against the target (line) per fiscal year, and each year's figure or
// "no data".
Frame {
    id: card
    property var indicator: ({})
    property bool thai: false
    readonly property var years: indicator && indicator.years ? indicator.years : []
    objectName: "kpiChart-" + (indicator.id || "")
    padding: 6

    readonly property color metColor: "#2ca25f"
    readonly property color notMetColor: "#de2d26"
    readonly property color openColor: "#6b8fb5"

    readonly property int withData: {
        var n = 0
        for (var i = 0; i < years.length; ++i)
            if (years[i].hasActual) ++n
        return n
    }
    // The verdict over the years shown: met in all, not met in some, or why there is none (the
    // first year's note: no data recorded, national only, no stage history).
    readonly property string verdict: {
        if (withData === 0)
            return years.length > 0 && years[0].note !== "" ? years[0].note : qsTr("No data")
        if (indicator.judged === 0)
            return qsTr("No verdict: the target is national")
        if (indicator.met === indicator.judged)
            return qsTr("Met in %1 of %2 years").arg(indicator.met).arg(indicator.judged)
        return qsTr("Not met in %1 of %2 years").arg(indicator.judged - indicator.met).arg(indicator.judged)
    }
    readonly property color verdictColor: indicator.judged > 0
                                          ? (indicator.met === indicator.judged ? metColor : notMetColor)
                                          : "#5a5a5a"

    function niceMax(v) {
        if (v <= 0) return 1
        var step = Math.pow(10, Math.floor(Math.log(v) / Math.LN10))
        var m = Math.ceil(v * 1.1 / step) * step
        return m
    }

    function fill() {
        var ys = indicator && indicator.years ? indicator.years : []
        var labels = [], met = [], notMet = [], open = []
        lineSeries.clear()
        targetDots.clear()
        for (var i = 0; i < ys.length; ++i) {
            var y = ys[i]
            labels.push(y.label)
            met.push(y.hasActual && y.met === 1 ? y.actual : 0)
            notMet.push(y.hasActual && y.met === 0 ? y.actual : 0)
            open.push(y.hasActual && y.met === -1 ? y.actual : 0)
            if (y.hasTarget) {
                lineSeries.append(i, y.target)
                targetDots.append(i, y.target)
            }
        }
        yearAxis.categories = labels
        metSet.values = met
        notMetSet.values = notMet
        openSet.values = open
        valueAxis.max = niceMax(indicator.maxValue || 0)
    }
    onIndicatorChanged: fill()
    Component.onCompleted: fill()

    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        Label {
            objectName: "kpiName"
            text: card.indicator.name || ""
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: card.indicator.unit || ""
                color: "#5a5a5a"
                font.pixelSize: 11
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: card.indicator.nationalOnly === true
                text: qsTr("national only")
                font.pixelSize: 11
                color: "white"
                leftPadding: 4; rightPadding: 4
                background: Rectangle { color: "#7a7a7a"; radius: 3 }
            }
        }
        Label {
            objectName: "kpiVerdict"
            text: card.verdict
            color: card.verdictColor
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        ChartView {
            id: chart
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            antialiasing: true
            legend.visible: false
            backgroundRoundness: 0
            margins { top: 2; bottom: 2; left: 2; right: 2 }
            ValueAxis {
                id: valueAxis
                min: 0
                labelFormat: "%.4g"
                labelsFont.pixelSize: 10
                tickCount: 5
            }
            BarCategoryAxis {
                id: yearAxis
                labelsFont.pixelSize: 10
            }
            StackedBarSeries {
                axisX: yearAxis
                axisY: valueAxis
                barWidth: 0.6
                BarSet { id: metSet; label: "met"; color: card.metColor; borderColor: color }
                BarSet { id: notMetSet; label: "not met"; color: card.notMetColor; borderColor: color }
                BarSet { id: openSet; label: "actual"; color: card.openColor; borderColor: color }
            }
            LineSeries {
                id: lineSeries
                axisX: yearAxis
                axisY: valueAxis
                color: "#333333"
                width: 2
            }
            ScatterSeries {
                id: targetDots
                axisX: yearAxis
                axisY: valueAxis
                color: "#333333"
                borderColor: "#333333"
                markerSize: 7
            }
            Label {
                anchors.centerIn: parent
                visible: card.withData === 0
                text: qsTr("no data")
                font.pixelSize: 18
                color: "#8a8a8a"
            }
        }
        // Each year's actual (or "no data") and target, as the CLI prints them.
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 8
            rowSpacing: 0
            Repeater {
                model: card.years
                Label {
                    objectName: "kpiYear-" + modelData.year
                    font.pixelSize: 11
                    text: modelData.label + ": " + modelData.actualText
                          + (modelData.met === 1 ? " ✓" : modelData.met === 0 ? " ✗" : "")
                          + (modelData.hasTarget ? " / " + modelData.targetText : "")
                    color: modelData.met === 1 ? card.metColor : modelData.met === 0 ? card.notMetColor
                                                : modelData.hasActual ? "#222222" : "#8a8a8a"
                    ToolTip.visible: hover.hovered && modelData.note !== ""
                    ToolTip.text: modelData.note
                    HoverHandler { id: hover }
                }
            }
        }
    }
}
