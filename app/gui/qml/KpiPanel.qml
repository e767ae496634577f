import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15

// The ministry's KPIs against their targets for the window's filter (the numbers of
// `ecotown-cli kpi`, from the KpiModel `kpi`): one small chart per indicator, bars for the
// actuals (green met, red not met, blue without a verdict), a line for the target, "no data"
// where nothing is recorded.
Dialog {
    id: panel
    objectName: "kpiPanel"
    title: qsTr("KPIs against the ministry's targets")
    modal: false
    anchors.centerIn: parent
    width: Math.min(parent.width - 40, 1320)
    height: Math.min(parent.height - 40, 1040)
    standardButtons: Dialog.Close
    onOpened: kpi.active = true
    onClosed: kpi.active = false

    readonly property bool thai: atlas.language === "th"

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "kpiScope"
                text: qsTr("For: %1").arg(kpi.scope)
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label { text: qsTr("Fiscal years") }
            SpinBox {
                objectName: "kpiFrom"
                from: 2010; to: 2030
                value: kpi.fromYear
                editable: true
                textFromValue: function(v) { return String(panel.thai ? v + 543 : v) }
                valueFromText: function(t) { var v = parseInt(t); return v >= 2400 ? v - 543 : v }
                onValueModified: kpi.fromYear = value
            }
            Label { text: "–" }
            SpinBox {
                objectName: "kpiTo"
                from: 2010; to: 2030
                value: kpi.toYear
                editable: true
                textFromValue: function(v) { return String(panel.thai ? v + 543 : v) }
                valueFromText: function(t) { var v = parseInt(t); return v >= 2400 ? v - 543 : v }
                onValueModified: kpi.toYear = value
            }
        }
        Label {
            visible: text !== ""
            text: [kpi.filtered ? qsTr("The targets are national: the filtered part of the country is shown against them without a verdict; indicators recorded nationally have no figure for it.") : "",
                   kpi.ignoredFilter].filter(function(s) { return s !== "" }).join(" ")
            wrapMode: Text.Wrap
            color: "#5a5a5a"
            Layout.fillWidth: true
        }
        Label {
            objectName: "kpiError"
            visible: kpi.errorText !== ""
            text: kpi.errorText
            color: "#b30000"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // The cards keep their size; a small window scrolls them.
        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            GridLayout {
                width: scroller.availableWidth
                columns: 4
                rowSpacing: 6
                columnSpacing: 6
                Repeater {
                    objectName: "kpiCharts"
                    model: kpi.indicators
                    // Qt Charts is loaded when the panel first shows a chart, not at the window's start.
                    Loader {
                        readonly property var indicatorData: modelData
                        source: "KpiChart.qml"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 300
                        Layout.preferredHeight: 340
                        onLoaded: {
                            item.thai = Qt.binding(function() { return panel.thai })
                            item.indicator = Qt.binding(function() { return indicatorData })
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    ColumnLayout {
                        Layout.margins: 8
                        Label { text: qsTr("Legend"); font.bold: true }
                        Repeater {
                            model: [{ color: "#2ca25f", text: qsTr("Actual: target met") },
                                    { color: "#de2d26", text: qsTr("Actual: target not met") },
                                    { color: "#6b8fb5", text: qsTr("Actual: no verdict (national target)") },
                                    { color: "#333333", text: qsTr("Target (line)") }]
                            RowLayout {
                                Rectangle { width: 14; height: modelData.text === qsTr("Target (line)") ? 3 : 12; color: modelData.color }
                                Label { text: modelData.text }
                            }
                        }
                        Label {
                            text: qsTr("“no data”: no actual recorded (ecotown-cli kpi record).")
                            wrapMode: Text.Wrap
                            Layout.maximumWidth: 280
                            color: "#5a5a5a"
                        }
                    }
                }
            }
        }
    }
}
