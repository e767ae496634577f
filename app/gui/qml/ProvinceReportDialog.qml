import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import QtQuick.Dialogs 1.3 as Dialogs

// File → Province report…: the factsheet PDF of `ecotown-cli report --province` for the province
// the filter names (or the one chosen here), in the window's language.
Dialog {
    id: dialog
    objectName: "provinceReportDialog"
    title: qsTr("Province report (PDF)")
    modal: true
    anchors.centerIn: parent
    width: 560
    standardButtons: Dialog.Close
    property bool failed: false
    property string pendingPath: ""

    // The ISO code of the chosen province ("TH-21 Rayong · ระยอง" -> "TH-21").
    readonly property string province: provinceBox.currentIndex >= 0
                                       ? String(provinceBox.currentText).split(" ")[0] : ""

    function selectProvince(code) {
        var names = atlas.provinceNames
        for (var i = 0; i < names.length; ++i)
            if (names[i].split(" ")[0] === code) { provinceBox.currentIndex = i; return }
    }
    function writeTo(path, overwrite) {
        pendingPath = path
        failed = false
        provinceReport.write(province, path, overwrite)
    }

    onAboutToShow: {
        if (provinceReport.selectedProvince !== "")
            selectProvince(provinceReport.selectedProvince)
        failed = false
    }

    Connections {
        target: provinceReport
        function onFinished(ok, exists, message) {
            dialog.failed = !ok
            if (exists)
                replaceDialog.open()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: qsTr("A few A4 pages for a regional officer: the province's map, its counts, Green Industry certificates, areas, estates and the KPI lines that apply.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Province") }
            ComboBox {
                id: provinceBox
                objectName: "reportProvince"
                model: atlas.provinceNames
                Layout.fillWidth: true
            }
        }
        Label {
            text: qsTr("Language: %1 (the window's)").arg(atlas.language === "th" ? "ภาษาไทย" : "English")
            color: "#5a5a5a"
        }
        ProgressBar {
            objectName: "reportProgress"
            indeterminate: true
            visible: provinceReport.running
            Layout.fillWidth: true
        }
        Label {
            objectName: "reportResult"
            text: provinceReport.running ? qsTr("Writing the factsheet…") : provinceReport.resultText
            color: dialog.failed ? "#b30000" : "#006d2c"
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        Button {
            objectName: "reportSaveButton"
            text: qsTr("Save as PDF…")
            enabled: !provinceReport.running && dialog.province !== ""
            onClicked: saveDialog.open()
        }
    }

    Dialogs.FileDialog {
        id: saveDialog
        title: qsTr("Save the province report")
        selectExisting: false
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: dialog.writeTo(fileUrl.toString(), false)
    }
    Dialogs.MessageDialog {
        id: replaceDialog
        title: qsTr("Replace the file?")
        text: qsTr("%1 exists. Replace it?").arg(atlas.fileUrlToPath(dialog.pendingPath))
        standardButtons: Dialogs.StandardButton.Yes | Dialogs.StandardButton.No
        onYes: dialog.writeTo(dialog.pendingPath, true)
    }
}
