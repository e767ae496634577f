import QtQuick 2.15
import QtQuick.Window 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import QtQuick.Dialogs 1.3

// The window: menu and search bar, side panel (filters, counts, legend, areas), map, status bar.
ApplicationWindow {
    id: win
    visible: true
    width: initialWidth
    height: initialHeight
    title: qsTr("Eco-Town Atlas") + " — " + atlas.filterSummary
    font.family: "Noto Sans"

    property alias map: mapPane

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")
            Action { text: qsTr("&Open your own files (mapping file)…"); onTriggered: openDialog.open() }
            Action { text: qsTr("&Export selection…"); enabled: atlas.loaded; onTriggered: exportDialog.open() }
            Action { text: qsTr("&Province report…"); enabled: atlas.loaded && !provinceReport.running; onTriggered: provinceReportDialog.open() }
            Action { text: qsTr("&Print…"); enabled: atlas.loaded; onTriggered: printDialog.open() }
            Action { text: qsTr("&Save map as PDF, PNG or SVG…"); enabled: atlas.loaded; onTriggered: printDialog.open() }
            MenuSeparator {}
            Action { text: qsTr("&Quit"); onTriggered: Qt.quit() }
        }
        Menu {
            title: qsTr("&View")
            Action { text: qsTr("Whole country"); shortcut: "Home"; onTriggered: mapPane.goHome() }
            Action { text: qsTr("Zoom to selection"); shortcut: "Ctrl+0"; enabled: atlas.loaded; onTriggered: mapPane.zoomToSelection(true) }
            Action { text: qsTr("Clear filter"); onTriggered: atlas.clearFilter() }
            Action { text: qsTr("&KPIs against targets…"); shortcut: "Ctrl+K"; enabled: atlas.loaded; onTriggered: kpiPanel.open() }
            MenuSeparator {}
            Action { text: "English"; checkable: true; checked: atlas.language === "en"; onTriggered: i18n.setLanguage("en") }
            Action { text: "ภาษาไทย"; checkable: true; checked: atlas.language === "th"; onTriggered: i18n.setLanguage("th") }
        }
        Menu {
            title: qsTr("E&dit")
            Action {
                objectName: "editModeAction"
                text: qsTr("&Edit mode (right-click to record)")
                checkable: true
                checked: edit.active
                enabled: edit.available
                onTriggered: edit.active = checked
            }
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            Label {
                text: qsTr("Eco-Town Atlas")
                font.bold: true
                font.pixelSize: 16
            }
            SearchBox {
                id: searchBox
                Layout.preferredWidth: 390
                onFound: function(result) {
                    lastResult = result
                    mapPane.showExtent(result.west, result.south, result.east, result.north, true)
                }
                property var lastResult: null
            }
            Button {
                objectName: "filterToResultButton"
                visible: searchBox.lastResult !== null
                text: qsTr("Filter to this")
                ToolTip.visible: hovered
                ToolTip.text: searchBox.lastResult ? searchBox.lastResult.label : ""
                onClicked: { atlas.filterToPlace(searchBox.lastResult.kind, searchBox.lastResult.index); searchBox.lastResult = null }
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "kpiButton"
                text: qsTr("KPIs")
                Accessible.name: qsTr("KPIs against the ministry's targets (Ctrl+K)")
                enabled: atlas.loaded
                onClicked: kpiPanel.open()
            }
            Button {
                objectName: "whatChangedButton"
                text: qsTr("What changed")
                Accessible.name: qsTr("What changed between two fiscal years")
                checkable: true
                checked: changesPanel.visible
                enabled: atlas.loaded
                onClicked: changesPanel.visible = checked
            }
            Button {
                text: qsTr("Export…")
                Accessible.name: qsTr("Export the selection (Ctrl+E)")
                enabled: atlas.loaded
                onClicked: exportDialog.open()
            }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                Accessible.name: qsTr("Language")
                model: ["English", "ภาษาไทย"]
                currentIndex: atlas.language === "th" ? 1 : 0
                onActivated: i18n.setLanguage(index === 1 ? "th" : "en")
            }
        }
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            Label {
                objectName: "statusLabel"
                text: connection.lost ? connection.statusLine : atlas.errorText !== "" ? atlas.errorText : edit.message !== "" ? edit.message : atlas.statusText
                color: connection.lost ? "#b30000" : edit.lastRefused && atlas.errorText === "" ? "#b00020" : palette.windowText
                maximumLineCount: 1
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label { text: mapPane.hoverName }
            Label {
                text: mapPane.cursorText
                font.family: "Noto Sans Mono"
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        SidePanel {
            id: sidePanel
            Layout.preferredWidth: 390
            Layout.fillHeight: true
            onAreaChosen: function(areaIndex, west, south, east, north) { mapPane.showExtent(west, south, east, north) }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            MapPane {
                id: mapPane
                objectName: "mapPane"
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            YearSlider { Layout.fillWidth: true }
        }
        ChangesPanel {
            id: changesPanel
            visible: false
            Layout.preferredWidth: 430
            Layout.fillHeight: true
            onVisibleChanged: changes.active = visible
            onCloseRequested: visible = false
            onAreaChosen: function(areaIndex, west, south, east, north) { mapPane.showExtent(west, south, east, north) }
        }
    }

    // Loading: a bar that moves only when the load reports progress. (A spinning indicator
    // redraws the whole window sixty times a second; without a GPU that takes the CPU the load
    // needs.)
    Pane {
        objectName: "loadingPane"
        anchors.centerIn: parent
        visible: !atlas.loaded && atlas.errorText === ""
        ColumnLayout {
            Label { text: qsTr("Loading the atlas…"); Layout.alignment: Qt.AlignHCenter }
            ProgressBar {
                Layout.preferredWidth: 240
                from: 0; to: 1
                value: atlas.loadProgress
                Accessible.name: qsTr("Loading the atlas…")
            }
        }
    }

    ExportDialog { id: exportDialog; objectName: "exportDialog" }
    KpiPanel { id: kpiPanel }
    ProvinceReportDialog { id: provinceReportDialog }
    PrintDialog { id: printDialog; objectName: "printDialog" }
    Shortcut { sequence: "Esc"; onActivated: mapPane.goHome() }
    Shortcut { sequence: "Ctrl+F"; onActivated: searchBox.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+E"; enabled: atlas.loaded; onActivated: exportDialog.open() }
    Shortcut { sequence: "Ctrl+P"; enabled: atlas.loaded; onActivated: printDialog.open() }

    FileDialog {
        id: openDialog
        title: qsTr("Open a mapping file")
        nameFilters: [qsTr("Mapping files (*.json)")]
        onAccepted: atlas.openUserFiles(fileUrl.toString())
    }
}
