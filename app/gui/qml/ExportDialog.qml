import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15

// Export exactly the current filter's selection: any layer, any format and CRS the CLI offers.
Dialog {
    id: dialog
    title: qsTr("Export the selection")
    modal: true
    anchors.centerIn: parent
    width: 520
    standardButtons: Dialog.Close
    property string message: ""
    property bool failed: false

    function start() {
        message = ""
        failed = false
        atlas.exportSelection(layerBox.currentText, formatBox.currentIndex === 0 ? "" : formatBox.currentText,
                              crsField.text, pathField.text, overwriteBox.checked)
    }

    Connections {
        target: atlas.exporter
        function onExportFinished(ok, text) {
            dialog.failed = !ok
            dialog.message = text
        }
    }

    ColumnLayout {
        anchors.fill: parent
        GridLayout {
            columns: 2
            Layout.fillWidth: true
            Label { text: qsTr("Layer") }
            ComboBox { id: layerBox; objectName: "exportLayer"; Layout.fillWidth: true; model: ["factories", "areas", "estates", "provinces"] }
            Label { text: qsTr("Format") }
            ComboBox { id: formatBox; objectName: "exportFormat"; Layout.fillWidth: true; model: [qsTr("From the file name")].concat(atlas.exporter.exportFormats()) }
            Label { text: qsTr("CRS") }
            TextField { id: crsField; objectName: "exportCrs"; Layout.fillWidth: true; text: "EPSG:4326"; placeholderText: "EPSG:4326, EPSG:32647, EPSG:24047…" }
            Label { text: qsTr("File") }
            TextField { id: pathField; objectName: "exportPath"; Layout.fillWidth: true; placeholderText: qsTr("/path/to/selection.gpkg") }
        }
        CheckBox { id: overwriteBox; objectName: "exportOverwrite"; text: qsTr("Replace an existing file") }
        Label { text: qsTr("%1 factories, %2 areas, %3 estates, %4 provinces in the selection").arg(atlas.counts.factories).arg(atlas.counts.areas).arg(atlas.counts.estates).arg(atlas.counts.provinces); wrapMode: Text.Wrap; Layout.fillWidth: true }
        ProgressBar { Layout.fillWidth: true; value: atlas.exporter.exportProgress; visible: atlas.exporter.exporting }
        Label {
            objectName: "exportMessage"
            text: dialog.message
            color: dialog.failed ? "#b30000" : "#006d2c"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "exportButton"
            text: qsTr("Export")
            enabled: !atlas.exporter.exporting && pathField.text !== ""
            onClicked: dialog.start()
        }
    }
}
