import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15

// What the last click identified: a factory with its certificates, an estate, an area with stage
// and phase, or a province.
Pane {
    id: card
    property var info: ({})
    visible: info.kind !== undefined
    width: 300
    objectName: "identifyCard"
    background: Rectangle { color: "#fffffff0"; border.color: "#909090"; radius: 4 }
    ColumnLayout {
        width: parent.width
        Label {
            text: card.info.kind === "factory" ? qsTr("Factory")
                : card.info.kind === "estate" ? qsTr("Industrial estate")
                : card.info.kind === "area" ? qsTr("Eco-town area")
                : qsTr("Province")
            font.bold: true
            color: "#505050"
        }
        Label { text: card.info.title !== undefined ? card.info.title : ""; font.pixelSize: 15; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Label { text: card.info.id !== undefined ? card.info.id : ""; color: "#606060" }
        Label {
            visible: card.info.kind === "area"
            text: qsTr("Stage %1: %2 · phase %3").arg(card.info.stage).arg(card.info.stageName).arg(card.info.phase)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "identifyProvenance"
            visible: card.info.kind === "area"
            text: (card.info.stageIllustrative ? qsTr("Stage illustrative (hatched on the map), not confirmed.")
                                               : qsTr("Stage from a published source."))
                  + " " + (card.info.approximate ? qsTr("Outline approximate: a circle around a reference point (dashed).")
                                                 : qsTr("Outline: the administrative boundary."))
                  + " " + qsTr("Record: %1.").arg(card.info.statusName)
            wrapMode: Text.Wrap
            font.pixelSize: 12
            color: "#404040"
            Layout.fillWidth: true
        }
        Label {
            visible: card.info.kind === "area" && card.info.source !== undefined
            text: qsTr("Source: %1").arg(card.info.source)
            wrapMode: Text.Wrap
            font.pixelSize: 11
            color: "#606060"
            Layout.fillWidth: true
            Layout.maximumHeight: 80
            elide: Text.ElideRight
        }
        Label { visible: card.info.kind === "estate"; text: qsTr("IEAT level: %1").arg(card.info.level) }
        Label {
            visible: card.info.kind === "factory"
            text: qsTr("%1 · Green Industry level %2").arg(card.info.province).arg(card.info.giLevel)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.info.kind === "factory"
            text: qsTr("Certificates: %1").arg(card.info.certificates)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.info.kind === "province"
            text: qsTr("%1 · %2 certified factories").arg(card.info.region).arg(card.info.factories)
        }
    }
}
