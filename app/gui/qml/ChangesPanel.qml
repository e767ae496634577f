import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15

// "What changed" between the end of two fiscal years, among what the filter selects (the same
// figures as `ecotown-cli changes --from --to`): areas that moved stage (a click selects the
// area on the map), areas by stage, estates whose IEAT level changed, and certificates granted
// and revoked by province and level.
Pane {
    id: panel
    objectName: "changesPanel"
    padding: 8
    signal areaChosen(int areaIndex, real west, real south, real east, real north)
    signal closeRequested()
    readonly property var ch: changes.changes
    function n(v) { return Number(v).toLocaleString(Qt.locale("en_US"), 'f', 0) }
    function stageText(s) { return s > 0 ? String(s) : "–" }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        clip: true
        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("What changed"); font.bold: true; font.pixelSize: 16; Layout.fillWidth: true }
            ToolButton { text: "✕"; Accessible.name: qsTr("Close"); onClicked: panel.closeRequested() }
        }
        Label { text: atlas.filterSummary; color: "#606060"; wrapMode: Text.Wrap; Layout.fillWidth: true }
        RowLayout {
            Label { text: qsTr("From FY") }
            SpinBox {
                objectName: "fromYearBox"
                Layout.preferredWidth: 125
                from: 1990; to: 2100; editable: true
                value: changes.fromYear
                textFromValue: function(v) { return String(v) }
                onValueModified: changes.fromYear = value
            }
            Label { text: qsTr("to FY") }
            SpinBox {
                objectName: "toYearBox"
                Layout.preferredWidth: 125
                from: 1990; to: 2100; editable: true
                value: changes.toYear
                textFromValue: function(v) { return String(v) }
                onValueModified: changes.toYear = value
            }
        }
        Label {
            text: qsTr("From the end of the first fiscal year to the end of the second, for the current filter.")
            color: "#606060"; font.pixelSize: 11; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        Label { visible: changes.problem !== ""; text: changes.problem; color: "#b30000"; wrapMode: Text.Wrap; Layout.fillWidth: true }

        ScrollView {
            id: scroll
            Layout.preferredWidth: panel.availableWidth
            Layout.maximumWidth: panel.availableWidth
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth
            ColumnLayout {
                width: scroll.availableWidth
                spacing: 4
                visible: panel.ch.from !== undefined

                Label {
                    text: qsTr("Areas that moved stage (%1)").arg(panel.ch.stageMoves ? panel.ch.stageMoves.length : 0)
                    font.bold: true
                }
                Label {
                    visible: panel.ch.hasStageHistory === false
                    text: qsTr("The dataset records no stage history.")
                    color: "#606060"
                }
                Repeater {
                    model: panel.ch.stageMoves || []
                    delegate: ItemDelegate {
                        objectName: "changeRow-" + modelData.id
                        Layout.fillWidth: true
                        Layout.maximumWidth: scroll.availableWidth
                        highlighted: atlas.selectedArea === modelData.index
                        contentItem: RowLayout {
                            Label { text: modelData.id; font.pixelSize: 11; color: "#606060" }
                            Label { text: modelData.name; Layout.fillWidth: true; elide: Text.ElideRight; font.pixelSize: 12 }
                            Label { text: modelData.province; font.pixelSize: 11; color: "#606060" }
                            Label {
                                text: qsTr("%1 → %2").arg(panel.stageText(modelData.from)).arg(panel.stageText(modelData.to))
                                font.bold: true
                            }
                            Label { text: qsTr("FY%1").arg(modelData.fiscalYear); font.pixelSize: 11; color: "#606060" }
                        }
                        ToolTip.visible: hovered && modelData.note !== ""
                        ToolTip.text: modelData.note + (modelData.recordedBy !== "" ? " — " + modelData.recordedBy : "")
                        onClicked: {
                            atlas.selectedArea = modelData.index
                            var r = atlas.search(modelData.id)
                            if (r.found) panel.areaChosen(modelData.index, r.west, r.south, r.east, r.north)
                        }
                    }
                }

                Label { text: qsTr("Areas by stage"); font.bold: true; Layout.topMargin: 6 }
                GridLayout {
                    objectName: "areasByStage"
                    columns: 7
                    columnSpacing: 10
                    Label { text: "" }
                    Repeater { model: 5; Label { text: qsTr("S%1").arg(index + 1); font.bold: true } }
                    Label { text: qsTr("none"); font.bold: true }
                    Label { text: qsTr("FY%1").arg(panel.ch.from) }
                    Repeater { model: 5; Label { text: panel.ch.areasByStageFrom ? panel.ch.areasByStageFrom[index + 1] : "" } }
                    Label { text: panel.ch.areasByStageFrom ? panel.ch.areasByStageFrom[0] : "" }
                    Label { text: qsTr("FY%1").arg(panel.ch.to) }
                    Repeater { model: 5; Label { text: panel.ch.areasByStageTo ? panel.ch.areasByStageTo[index + 1] : "" } }
                    Label { text: panel.ch.areasByStageTo ? panel.ch.areasByStageTo[0] : "" }
                }

                Label {
                    visible: !!panel.ch.levelMoves && panel.ch.levelMoves.length > 0
                    text: qsTr("Estates whose IEAT eco level changed (%1)").arg(panel.ch.levelMoves ? panel.ch.levelMoves.length : 0)
                    font.bold: true
                    Layout.topMargin: 6
                }
                Repeater {
                    model: panel.ch.levelMoves || []
                    delegate: Label {
                        text: qsTr("%1: %2 → %3").arg(modelData.name).arg(modelData.from).arg(modelData.to)
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        font.pixelSize: 12
                    }
                }

                Label {
                    text: qsTr("Certificates granted in FY%1–%2").arg(panel.ch.from + 1).arg(panel.ch.to)
                    font.bold: true
                    Layout.topMargin: 6
                }
                GridLayout {
                    objectName: "certificateTable"
                    Layout.fillWidth: true
                    columns: 10
                    columnSpacing: 6
                    rowSpacing: 2
                    Repeater {
                        model: [qsTr("Province"), "GI1", "GI2", "GI3", "GI4", "GI5", qsTr("Eco"), qsTr("CSR"), qsTr("Granted"), qsTr("Revoked")]
                        Label { text: modelData; font.bold: true; font.pixelSize: 11; Layout.fillWidth: index === 0 }
                    }
                    Repeater {
                        model: (panel.ch.certificates || []).concat(panel.ch.total ? [panel.ch.total] : [])
                        delegate: Repeater {
                            readonly property var row: modelData
                            model: 10
                            Label {
                                font.pixelSize: 11
                                font.bold: row.key === "total"
                                Layout.fillWidth: index === 0
                                Layout.maximumWidth: index === 0 ? 130 : -1
                                elide: Text.ElideRight
                                horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                                text: index === 0 ? (row.key === "total" ? qsTr("Total") : row.name)
                                    : index <= 5 ? panel.n(row.gi[index - 1])
                                    : index === 6 ? panel.n(row.ecoFactory)
                                    : index === 7 ? panel.n(row.csrDiw)
                                    : index === 8 ? panel.n(row.granted)
                                    : panel.n(row.revoked)
                            }
                        }
                    }
                }
            }
        }
    }
}
