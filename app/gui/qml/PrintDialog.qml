import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import QtQuick.Dialogs 1.3 as Dialogs

// File → Print… / Save map as: the map as it is now (view, filter, layers) on an A4 or A3 page
// with title, legend, scale bar, north arrow and source line, drawn by the renderer of
// `ecotown-cli render` (mapPrinter, app/gui/MapPrintJob). An existing file is replaced only
// after the user confirms.
Dialog {
    id: dialog
    title: qsTr("Print or save the map")
    modal: true
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 40 : 560)
    standardButtons: Dialog.Close
    property string message: ""
    property bool failed: false
    property bool confirmReplace: false
    readonly property var formats: ["pdf", "png", "svg"]

    // What the window shows now: the map's visible region and its layer toggles.
    function request() {
        var m = win.map.map
        var r = m.visibleRegion.boundingGeoRectangle()
        return {
            page: pageBox.currentText, landscape: orientationBox.currentIndex === 0,
            dpi: dpiBox.value,
            west: r.topLeft.longitude, north: r.topLeft.latitude,
            east: r.bottomRight.longitude, south: r.bottomRight.latitude,
            provinces: win.map.showProvinces, areas: win.map.showAreas, estates: win.map.showEstates,
            factories: win.map.showFactories, labels: win.map.showLabels,
            path: atlas.fileUrlToPath(pathField.text), overwrite: confirmReplace,
            printer: printerBox.currentText
        }
    }
    function save() {
        message = ""
        if (!confirmReplace && mapPrinter.fileExists(atlas.fileUrlToPath(pathField.text))) {
            confirmReplace = true
            failed = true
            message = qsTr("%1 exists. Press “Replace” to overwrite it.").arg(pathField.text)
            return false
        }
        var ok = mapPrinter.save(request())
        confirmReplace = false
        failed = !ok
        message = mapPrinter.message
        return ok
    }
    function printMap() {
        var ok = mapPrinter.print(request())
        failed = !ok
        message = mapPrinter.message
        return ok
    }
    // The file name follows the chosen format.
    function setFormat(index) {
        formatBox.currentIndex = index
        var p = pathField.text
        if (p === "")
            p = "ecotown-map.pdf"
        pathField.text = p.replace(/\.(pdf|png|svg)$/i, "") + "." + formats[index]
    }
    onOpened: { message = ""; confirmReplace = false }

    ColumnLayout {
        anchors.fill: parent
        GridLayout {
            columns: 2
            Layout.fillWidth: true
            Label { text: qsTr("Page") }
            ComboBox {
                id: pageBox; objectName: "printPage"; Layout.fillWidth: true; model: ["A4", "A3"]
                Accessible.name: qsTr("Page size")
            }
            Label { text: qsTr("Orientation") }
            ComboBox {
                id: orientationBox; objectName: "printOrientation"; Layout.fillWidth: true
                model: [qsTr("Landscape"), qsTr("Portrait")]
                Accessible.name: qsTr("Orientation")
            }
            Label { text: qsTr("Resolution (DPI)") }
            SpinBox {
                id: dpiBox; objectName: "printDpi"; from: 72; to: 600; stepSize: 50; value: 150; editable: true
                Accessible.name: qsTr("Resolution (DPI)")
            }
            Label { text: qsTr("Format") }
            ComboBox {
                id: formatBox; objectName: "printFormat"; Layout.fillWidth: true
                model: ["PDF", "PNG", "SVG"]
                onActivated: dialog.setFormat(index)
                Accessible.name: qsTr("Format")
            }
            Label { text: qsTr("File") }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: pathField; objectName: "printPath"; Layout.fillWidth: true
                    placeholderText: qsTr("/path/to/map.pdf")
                    onTextEdited: dialog.confirmReplace = false
                    Accessible.name: qsTr("File")
                }
                Button { text: qsTr("Browse…"); onClicked: saveFileDialog.open() }
            }
        }
        Label {
            text: qsTr("The map as shown: this view, the filter and the layers switched on, with title, legend, scale bar, north arrow and source.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            font.pixelSize: 12
            color: "#555"
        }
        Label {
            objectName: "printMessage"
            text: dialog.message
            color: dialog.failed ? "#b30000" : "#006d2c"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "printSaveButton"
                text: dialog.confirmReplace ? qsTr("Replace") : qsTr("Save")
                enabled: pathField.text !== "" && atlas.loaded
                onClicked: dialog.save()
            }
            Item { Layout.fillWidth: true }
            ComboBox {
                id: printerBox; objectName: "printPrinter"
                visible: mapPrinter.canPrint
                model: mapPrinter.canPrint ? mapPrinter.printerNames() : []
                Accessible.name: qsTr("Printer")
            }
            Button {
                objectName: "printButton"
                text: qsTr("Print")
                enabled: mapPrinter.canPrint && atlas.loaded
                ToolTip.visible: hovered && !mapPrinter.canPrint
                ToolTip.text: qsTr("No printer is set up: save the map as PDF and print that.")
                onClicked: dialog.printMap()
            }
        }
    }

    Dialogs.FileDialog {
        id: saveFileDialog
        title: qsTr("Save the map as")
        selectExisting: false
        nameFilters: [qsTr("Maps (*.pdf *.png *.svg)")]
        onAccepted: pathField.text = atlas.fileUrlToPath(fileUrl.toString())
    }
}
