import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15

// The editor mode over the map (the Edit menu turns it on): a banner saying so, and what a
// right-click opens: on an eco-town area a dialog to record an assessment, on a factory a menu
// to add a certificate or revoke one. Each write goes through `edit` (EditController), whose
// one-line outcome the status bar shows.
Item {
    id: root
    anchors.fill: parent

    // Right-click at (lon, lat), shown at (x, y) of the map pane.
    function openAt(lon, lat, zoom, x, y) {
        var target = edit.targetAt(lon, lat, zoom)
        if (target.kind === "factory") {
            factoryMenu.target = target
            factoryMenu.popup(root, x, y)
        } else if (target.kind === "area") {
            stageDialog.openFor(target)
        }
    }
    function yearText(year) {
        return qsTr("FY%1 (B.E. %2)").arg(year).arg(year + 543)
    }

    Rectangle {
        objectName: "editBanner"
        visible: edit.active
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: 28
        width: bannerText.implicitWidth + 24
        height: bannerText.implicitHeight + 10
        radius: 4
        color: "#fff3cd"
        border.color: "#c9a227"
        Label {
            id: bannerText
            anchors.centerIn: parent
            text: qsTr("Edit mode: right-click an area to record an assessment, a factory to add or revoke a certificate")
        }
    }

    // One fiscal year, C.E. with its B.E. beside it.
    component YearField: RowLayout {
        property alias value: spin.value
        SpinBox {
            id: spin
            from: 2000
            to: edit.currentFiscalYear
            value: edit.currentFiscalYear
            editable: true
            textFromValue: function(v) { return String(v) }
            valueFromText: function(t) { return parseInt(t) }
        }
        Label { text: qsTr("B.E. %1").arg(spin.value + 543) }
    }
    // Record and Cancel, in the window's language.
    component RecordButtons: DialogButtonBox {
        property alias recordText: record.text
        property alias recordEnabled: record.enabled
        Button {
            id: record
            text: qsTr("Record")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    Dialog {
        id: stageDialog
        objectName: "stageDialog"
        property var target: ({})
        function openFor(t) {
            target = t
            stageBox.currentIndex = t.stage > 0 ? t.stage - 1 : 0
            stageYear.value = edit.currentFiscalYear
            stageNote.text = ""
            open()
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Record an assessment: %1").arg(target.title || "")
        footer: RecordButtons {}
        GridLayout {
            columns: 2
            columnSpacing: 12
            Label { text: qsTr("Area") }
            Label { text: (stageDialog.target.id || "") + " · " + qsTr("now stage %1").arg(stageDialog.target.stage || "–") }
            Label { text: qsTr("Fiscal year") }
            YearField { id: stageYear }
            Label { text: qsTr("Stage reached") }
            ComboBox {
                id: stageBox
                objectName: "stageBox"
                Layout.preferredWidth: 320
                // a fixed model: the choice stays when the language changes
                model: 5
                function label(i) { return i >= 0 && i < atlas.stageLegend.length ? (i + 1) + " · " + atlas.stageLegend[i].name : "" }
                displayText: label(currentIndex)
                delegate: ItemDelegate {
                    width: stageBox.width
                    text: stageBox.label(index)
                    highlighted: stageBox.highlightedIndex === index
                }
            }
            Label { text: qsTr("Note") }
            TextField {
                id: stageNote
                Layout.preferredWidth: 320
                placeholderText: qsTr("Why; where the evidence is")
            }
        }
        onAccepted: edit.recordStage(target.id, stageYear.value, stageBox.currentIndex + 1, stageNote.text)
    }

    Menu {
        id: factoryMenu
        objectName: "factoryEditMenu"
        property var target: ({})
        MenuItem {
            text: qsTr("Add a certificate to %1…").arg(factoryMenu.target.id || "")
            onTriggered: certificateDialog.openFor(factoryMenu.target)
        }
        MenuItem {
            text: qsTr("Revoke a certificate of %1…").arg(factoryMenu.target.id || "")
            onTriggered: revokeDialog.openFor(factoryMenu.target)
        }
    }

    Dialog {
        id: certificateDialog
        objectName: "certificateDialog"
        property var target: ({})
        function openFor(t) {
            target = t
            certYear.value = edit.currentFiscalYear
            certNote.text = ""
            open()
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Add a certificate: %1").arg(target.id || "")
        footer: RecordButtons {}
        // type id and Green Industry level of each choice
        readonly property var kinds: [["gi", 1], ["gi", 2], ["gi", 3], ["gi", 4], ["gi", 5],
                                      ["eco-factory", 0], ["csr-diw", 0]]
        GridLayout {
            columns: 2
            columnSpacing: 12
            Label { text: qsTr("Certificate") }
            ComboBox {
                id: certKind
                Layout.preferredWidth: 320
                model: [1, 2, 3, 4, 5].map(function(l) { return qsTr("Green Industry level %1").arg(l) })
                                      .concat([qsTr("Eco Factory"), qsTr("CSR-DIW")])
            }
            Label { text: qsTr("Fiscal year granted") }
            YearField { id: certYear }
            Label { text: qsTr("Note") }
            TextField { id: certNote; Layout.preferredWidth: 320 }
        }
        onAccepted: {
            var k = kinds[certKind.currentIndex]
            edit.addCertificate(target.id, k[0], k[1], certYear.value, certNote.text)
        }
    }

    Dialog {
        id: revokeDialog
        objectName: "revokeDialog"
        property var target: ({})
        property var certificates: []
        function openFor(t) {
            target = t
            certificates = edit.certificatesOf(t.id).filter(function(c) { return c.revokedFrom === 0 })
            revokeYear.value = edit.currentFiscalYear
            revokeNote.text = ""
            open()
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Revoke a certificate: %1").arg(target.id || "")
        footer: RecordButtons {
            recordText: qsTr("Revoke")
            recordEnabled: revokeDialog.certificates.length > 0
        }
        GridLayout {
            columns: 2
            columnSpacing: 12
            Label {
                visible: revokeDialog.certificates.length === 0
                Layout.columnSpan: 2
                text: qsTr("This factory holds no certificate in force.")
            }
            Label { text: qsTr("Certificate"); visible: revokeDialog.certificates.length > 0 }
            ComboBox {
                id: revokeWhich
                visible: revokeDialog.certificates.length > 0
                Layout.preferredWidth: 320
                model: revokeDialog.certificates
                textRole: "label"
            }
            Label { text: qsTr("Revoked from fiscal year"); visible: revokeDialog.certificates.length > 0 }
            YearField { id: revokeYear; visible: revokeDialog.certificates.length > 0 }
            Label { text: qsTr("Note"); visible: revokeDialog.certificates.length > 0 }
            TextField {
                id: revokeNote
                visible: revokeDialog.certificates.length > 0
                Layout.preferredWidth: 320
                placeholderText: qsTr("Why; the decision's reference")
            }
        }
        onAccepted: {
            if (certificates.length > 0)
                edit.revokeCertificate(certificates[revokeWhich.currentIndex].certId, revokeYear.value, revokeNote.text)
        }
    }
}
