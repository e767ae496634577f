import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15

// The legend over the map, always in sight: the areas' development stages (names and counts for
// the current filter), the estates' IEAT eco levels and the factory symbols. Collapsible.
Pane {
    id: legend
    objectName: "mapLegend"
    property bool expanded: true
    // On a small map (a 1366×768 screen) the stages only, estates and factories one click away:
    // the legend must not hide the map it explains.
    property bool compact: false
    property bool details: !compact
    onCompactChanged: details = !compact
    padding: 6
    contentWidth: compact ? 230 : 250
    opacity: 0.94
    background: Rectangle { color: "#ffffff"; border.color: "#9e9e9e"; radius: 3 }
    Accessible.name: qsTr("Legend")

    ColumnLayout {
        spacing: 1
        width: legend.availableWidth

        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Legend"); font.bold: true; font.pixelSize: 12; Layout.fillWidth: true }
            ToolButton {
                objectName: "legendToggle"
                text: legend.expanded ? "▾" : "▸"
                implicitHeight: 20
                implicitWidth: 24
                padding: 0
                Accessible.name: legend.expanded ? qsTr("Hide the legend") : qsTr("Show the legend")
                onClicked: legend.expanded = !legend.expanded
            }
        }
        ColumnLayout {
            visible: legend.expanded
            spacing: 1
            Layout.fillWidth: true

            Label { text: qsTr("Eco-town areas: development stage"); font.pixelSize: 11; font.bold: true }
            Repeater {
                model: atlas.stageLegend
                delegate: RowLayout {
                    objectName: "legendStage-" + modelData.stage
                    Layout.fillWidth: true
                    spacing: 4
                    Rectangle { width: 16; height: 11; color: modelData.color; border.color: "#1f1f1f" }
                    Label { text: modelData.stage + " · " + modelData.name; font.pixelSize: 11; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: modelData.count; font.pixelSize: 11; font.bold: true }
                }
            }
            RowLayout {
                objectName: "legendHatched"
                Layout.fillWidth: true
                spacing: 4
                Canvas {
                    width: 16; height: 11
                    onPaint: {
                        var c = getContext("2d")
                        c.fillStyle = "#fbfaf6"; c.fillRect(0, 0, width, height)
                        c.strokeStyle = atlas.mapLayers.style.uncertain; c.lineWidth = 1
                        for (var x = -height; x < width; x += 5) { c.beginPath(); c.moveTo(x, 0); c.lineTo(x + height, height); c.stroke() }
                        c.strokeStyle = "#1f1f1f"; c.strokeRect(0.5, 0.5, width - 1, height - 1)
                    }
                }
                Label { text: qsTr("Hatched: stage illustrative, not confirmed"); font.pixelSize: 11; Layout.fillWidth: true; elide: Text.ElideRight }
                Label { text: atlas.counts.illustrative !== undefined ? atlas.counts.illustrative : ""; font.pixelSize: 11; font.bold: true }
            }
            RowLayout {
                objectName: "legendDashed"
                Layout.fillWidth: true
                spacing: 4
                Canvas {
                    width: 16; height: 11
                    onPaint: {
                        var c = getContext("2d")
                        c.fillStyle = "#fbfaf6"; c.fillRect(0, 0, width, height)
                        c.fillStyle = atlas.mapLayers.style.uncertain
                        for (var x = 0; x < width; x += 5) { c.fillRect(x, 0, 3, 1.5); c.fillRect(x, height - 1.5, 3, 1.5) }
                        for (var y = 0; y < height; y += 5) { c.fillRect(0, y, 1.5, 3); c.fillRect(width - 1.5, y, 1.5, 3) }
                    }
                }
                Label { text: qsTr("Dashed: outline approximate (a circle)"); font.pixelSize: 11; Layout.fillWidth: true; elide: Text.ElideRight }
                Label { text: atlas.counts.approximate !== undefined ? atlas.counts.approximate : ""; font.pixelSize: 11; font.bold: true }
            }
            Label { text: qsTr("Industrial estates: IEAT eco level"); font.pixelSize: 11; font.bold: true; Layout.topMargin: 3; visible: legend.details }
            Repeater {
                model: legend.details ? atlas.estateLegend : []
                delegate: RowLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Rectangle { width: 16; height: 11; color: modelData.color; border.color: "#7f2704" }
                    Label { text: modelData.name; font.pixelSize: 11; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: modelData.count; font.pixelSize: 11; font.bold: true }
                }
            }
            Label { text: qsTr("Certified factories"); font.pixelSize: 11; font.bold: true; Layout.topMargin: 3; visible: legend.details }
            Repeater {
                model: legend.details ? atlas.factoryLegend : []
                delegate: RowLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Item {
                        width: 16; height: 12
                        Rectangle { anchors.centerIn: parent; width: modelData.size + 2; height: width; radius: width / 2; color: modelData.color }
                    }
                    Label { text: modelData.name; font.pixelSize: 11; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: modelData.count; font.pixelSize: 11; font.bold: true }
                }
            }
            ToolButton {
                objectName: "legendDetails"
                visible: legend.compact
                text: legend.details ? qsTr("Fewer entries ▴") : qsTr("Estates and factories ▾")
                font.pixelSize: 11
                implicitHeight: 22
                padding: 2
                Accessible.name: text
                onClicked: legend.details = !legend.details
            }
        }
    }
}
