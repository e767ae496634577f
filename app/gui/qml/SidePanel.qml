import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15

// Filters, the counts for the current filter, the legend with layer toggles, and the table of
// matching areas (selecting a row selects the area on the map, and a click on the map selects
// the row).
Pane {
    id: panel
    objectName: "sidePanel"
    padding: 8
    signal areaChosen(int areaIndex, real west, real south, real east, real north)
    property var chosenProvinces: []
    // Rows low enough that at 1366×768 the filters and the counts need no scrolling.
    readonly property int controlHeight: 34

    readonly property var regionIds: ["north", "northeast", "central", "east", "west", "south"]
    readonly property var certIds: ["", "gi", "eco-factory", "csr-diw"]

    // The controls show the filter, whoever set it (the panel, the command line, the search box).
    function syncFromFilter() {
        var f = atlas.filterState
        chosenProvinces = f.provinces
        regionBox.currentIndex = regionIds.indexOf(f.region) + 1
        phaseBox.currentIndex = f.phase
        stageSlider.setValues(f.stageMin, f.stageMax)
        certBox.currentIndex = Math.max(0, certIds.indexOf(f.cert))
        levelSlider.setValues(f.giMin, f.giMax)
        if (f.yearMin > 0)
            yearSlider.setValues(f.yearMin, f.yearMax)
        else
            yearSlider.setValues(atlas.firstYear, atlas.lastYear)
    }
    Connections {
        target: atlas
        function onSelectionChanged() { panel.syncFromFilter() }
        function onLoadedChanged() { panel.syncFromFilter() }  // the year slider's range is known
    }
    Component.onCompleted: syncFromFilter()
    function applyYears() {
        if (yearSlider.first.value <= atlas.firstYear && yearSlider.second.value >= atlas.lastYear)
            atlas.setYearFilter(0, 0)
        else
            atlas.setYearFilter(Math.round(yearSlider.first.value), Math.round(yearSlider.second.value))
    }

    ScrollView {
        anchors.fill: parent
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 6

            Label { text: atlas.filterSummary; font.bold: true; font.pixelSize: 15; wrapMode: Text.Wrap; Layout.fillWidth: true }

            // ---------------------------------------------------------------- filters
            Label { text: qsTr("Provinces"); font.bold: true }
            // The chosen provinces first, as chips: a click removes one.
            Flow {
                id: provinceChips
                objectName: "provinceChips"
                Layout.fillWidth: true
                spacing: 4
                visible: atlas.selectedProvinceNames.length > 0
                Repeater {
                    model: atlas.selectedProvinceNames
                    delegate: Button {
                        readonly property string code: modelData.split(" ")[0]
                        text: modelData + "  ✕"
                        font.pixelSize: 11
                        padding: 4
                        implicitHeight: 26
                        width: Math.min(implicitWidth, panel.availableWidth)
                        Accessible.name: qsTr("Remove %1 from the filter").arg(modelData)
                        onClicked: {
                            var list = panel.chosenProvinces.slice()
                            var i = list.indexOf(code)
                            if (i >= 0) list.splice(i, 1)
                            atlas.setProvinceFilter(list)
                        }
                    }
                }
            }
            Frame {
                Layout.fillWidth: true
                // the chips take their room from the list: the counts stay in sight
                Layout.preferredHeight: Math.max(58, 118 - (provinceChips.visible ? provinceChips.height + 6 : 0))
                padding: 0
                ListView {
                    id: provinceList
                    objectName: "provinceList"
                    anchors.fill: parent
                    clip: true
                    model: atlas.provinceNames
                    ScrollBar.vertical: ScrollBar {}
                    // One Tab stop: arrows move, Space ticks (not 77 stops).
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    highlight: Rectangle { color: "#e0ecf4"; visible: provinceList.activeFocus }
                    highlightMoveDuration: 0
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Provinces")
                    Keys.onSpacePressed: { if (currentItem) { currentItem.toggle(); currentItem.toggled() } }
                    delegate: CheckDelegate {
                        width: provinceList.width
                        focusPolicy: Qt.NoFocus
                        Accessible.name: modelData
                        height: 28
                        text: modelData
                        font.pixelSize: 12
                        checked: panel.chosenProvinces.indexOf(modelData.split(" ")[0]) >= 0
                        onToggled: {
                            var code = modelData.split(" ")[0]
                            var list = panel.chosenProvinces.slice()
                            var i = list.indexOf(code)
                            if (checked && i < 0) list.push(code)
                            if (!checked && i >= 0) list.splice(i, 1)
                            panel.chosenProvinces = list
                            atlas.setProvinceFilter(list)
                            // the click broke the binding: the filter decides again
                            checked = Qt.binding(function() { return panel.chosenProvinces.indexOf(code) >= 0 })
                        }
                    }
                }
            }
            GridLayout {
                columns: 2
                rowSpacing: 2
                Layout.fillWidth: true
                Label { text: qsTr("Region") }
                ComboBox {
                    id: regionBox
                    objectName: "regionBox"
                    Layout.preferredHeight: panel.controlHeight
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Region")
                    model: [qsTr("All regions")].concat(atlas.regionNames)
                    onActivated: atlas.setRegionFilter(index === 0 ? "" : panel.regionIds[index - 1])
                }
                Label { text: qsTr("Phase") }
                ComboBox {
                    id: phaseBox
                    objectName: "phaseBox"
                    Layout.preferredHeight: panel.controlHeight
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Phase")
                    model: [qsTr("All phases"), qsTr("Phase 1"), qsTr("Phase 2"), qsTr("Phase 3")]
                    onActivated: atlas.setPhaseFilter(index)
                }
                Label { text: qsTr("Stage %1–%2").arg(Math.round(stageSlider.first.value)).arg(Math.round(stageSlider.second.value)) }
                RangeSlider {
                    id: stageSlider
                    objectName: "stageSlider"
                    Layout.preferredHeight: panel.controlHeight
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Development stages from %1 to %2").arg(Math.round(first.value)).arg(Math.round(second.value))
                    from: 1; to: 5; stepSize: 1; snapMode: RangeSlider.SnapAlways
                    first.value: 1; second.value: 5
                    first.onMoved: atlas.setStageFilter(Math.round(first.value), Math.round(second.value))
                    second.onMoved: atlas.setStageFilter(Math.round(first.value), Math.round(second.value))
                }
                Label { text: qsTr("Certification") }
                ComboBox {
                    id: certBox
                    objectName: "certBox"
                    Layout.preferredHeight: panel.controlHeight
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Certification")
                    model: [qsTr("Any"), qsTr("Green Industry"), qsTr("Eco Factory"), qsTr("CSR-DIW")]
                    onActivated: atlas.setCertificationFilter(panel.certIds[index],
                                                              Math.round(levelSlider.first.value), Math.round(levelSlider.second.value))
                }
                Label { text: qsTr("GI level %1–%2").arg(Math.round(levelSlider.first.value)).arg(Math.round(levelSlider.second.value)); enabled: certBox.currentIndex === 1 }
                RangeSlider {
                    id: levelSlider
                    Layout.preferredHeight: panel.controlHeight
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Green Industry levels from %1 to %2").arg(Math.round(first.value)).arg(Math.round(second.value))
                    enabled: certBox.currentIndex === 1
                    from: 1; to: 5; stepSize: 1; snapMode: RangeSlider.SnapAlways
                    first.value: 1; second.value: 5
                    first.onMoved: atlas.setCertificationFilter("gi", Math.round(first.value), Math.round(second.value))
                    second.onMoved: atlas.setCertificationFilter("gi", Math.round(first.value), Math.round(second.value))
                }
                Label { text: qsTr("Years %1–%2").arg(Math.round(yearSlider.first.value)).arg(Math.round(yearSlider.second.value)) }
                RangeSlider {
                    id: yearSlider
                    objectName: "yearSlider"
                    Layout.preferredHeight: panel.controlHeight
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Years from %1 to %2").arg(Math.round(first.value)).arg(Math.round(second.value))
                    from: atlas.firstYear; to: atlas.lastYear; stepSize: 1; snapMode: RangeSlider.SnapAlways
                    first.value: atlas.firstYear; second.value: atlas.lastYear
                    first.onMoved: panel.applyYears()
                    second.onMoved: panel.applyYears()
                }
            }
            RowLayout {
                Button {
                    text: replay.running ? qsTr("Stop") : qsTr("Replay years")
                    Accessible.name: text
                    onClicked: {
                        if (replay.running) { replay.stop(); return }
                        yearSlider.first.value = atlas.firstYear
                        yearSlider.second.value = atlas.firstYear
                        panel.applyYears()
                        replay.start()
                    }
                }
                Button { Accessible.name: text; objectName: "clearFilterButton"; text: qsTr("Clear filter"); onClicked: atlas.clearFilter() }
            }
            Timer {
                id: replay
                interval: 900
                repeat: true
                onTriggered: {
                    if (yearSlider.second.value >= atlas.lastYear) { stop(); return }
                    yearSlider.second.value += 1
                    atlas.setYearFilter(atlas.firstYear, Math.round(yearSlider.second.value))
                }
            }

            // ---------------------------------------------------------------- counts
            Label { text: atlas.counts.asOfYear > 0 ? qsTr("Counts (as of %1)").arg(atlas.counts.asOfYear) : qsTr("Counts"); font.bold: true }
            GridLayout {
                objectName: "counts"
                columns: 2
                columnSpacing: 16
                rowSpacing: 0
                Label { font.pixelSize: 13; text: qsTr("Provinces") } Label { font.pixelSize: 13; text: Number(atlas.counts.provinces).toLocaleString(Qt.locale("en_US"), 'f', 0) }
                Label { font.pixelSize: 13; text: qsTr("Eco-town areas") } Label { font.pixelSize: 13; text: Number(atlas.counts.areas).toLocaleString(Qt.locale("en_US"), 'f', 0) }
                Label { font.pixelSize: 13; text: qsTr("Industrial estates") } Label { font.pixelSize: 13; text: Number(atlas.counts.estates).toLocaleString(Qt.locale("en_US"), 'f', 0) }
                Label { font.pixelSize: 13; text: qsTr("Factories") } Label { objectName: "countFactories"; font.pixelSize: 13; text: Number(atlas.counts.factories).toLocaleString(Qt.locale("en_US"), 'f', 0) }
                Label { font.pixelSize: 13; text: qsTr("with Green Industry") } Label { font.pixelSize: 13; text: Number(atlas.counts.withGi).toLocaleString(Qt.locale("en_US"), 'f', 0) }
                Label { font.pixelSize: 13; text: qsTr("Eco Factory") } Label { font.pixelSize: 13; text: Number(atlas.counts.ecoFactory).toLocaleString(Qt.locale("en_US"), 'f', 0) }
                Label { font.pixelSize: 13; text: qsTr("CSR-DIW") } Label { objectName: "countCsrDiw"; font.pixelSize: 13; text: Number(atlas.counts.csrDiw).toLocaleString(Qt.locale("en_US"), 'f', 0) }
            }

            // ---------------------------------------------------------------- legend
            Label { text: qsTr("Legend"); font.bold: true }
            CheckBox { Accessible.name: text; text: qsTr("Provinces"); Layout.fillWidth: true; checked: true; onToggled: win.map.showProvinces = checked }
            CheckBox { Accessible.name: text; text: qsTr("Shade provinces by certified factories"); Layout.fillWidth: true; checked: atlas.mapLayers.shadeProvinces; onToggled: atlas.mapLayers.shadeProvinces = checked }
            CheckBox { Accessible.name: text; text: qsTr("Eco-town areas by development stage"); Layout.fillWidth: true; checked: true; onToggled: win.map.showAreas = checked }
            Repeater {
                model: atlas.stageLegend
                delegate: RowLayout {
                    Layout.fillWidth: true
                    Rectangle { width: 18; height: 12; color: modelData.color; border.color: "#1f1f1f" }
                    Label { text: qsTr("Stage %1 · %2").arg(modelData.stage).arg(modelData.name); Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: modelData.count; font.bold: true }
                }
            }
            CheckBox { Accessible.name: text; text: qsTr("Industrial estates by IEAT eco level"); Layout.fillWidth: true; checked: true; onToggled: win.map.showEstates = checked }
            Repeater {
                model: atlas.estateLegend
                delegate: RowLayout {
                    Layout.fillWidth: true
                    Rectangle { width: 18; height: 12; color: modelData.color; border.color: "#7f2704" }
                    Label { text: modelData.name; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: modelData.count; font.bold: true }
                }
            }
            Label { text: qsTr("Certified factories"); font.bold: true }
            CheckBox { Accessible.name: text; text: qsTr("Green Industry"); Layout.fillWidth: true; checked: atlas.showGreenIndustry; onToggled: atlas.showGreenIndustry = checked }
            CheckBox { Accessible.name: text; text: qsTr("Eco Factory"); Layout.fillWidth: true; checked: atlas.showEcoFactory; onToggled: atlas.showEcoFactory = checked }
            CheckBox { Accessible.name: text; text: qsTr("CSR-DIW"); Layout.fillWidth: true; checked: atlas.showCsrDiw; onToggled: atlas.showCsrDiw = checked }
            Repeater {
                model: atlas.factoryLegend
                delegate: RowLayout {
                    Layout.fillWidth: true
                    Item {
                        width: 18; height: 14
                        Rectangle { anchors.centerIn: parent; width: modelData.size + 2; height: width; radius: width / 2; color: modelData.color }
                    }
                    Label { text: modelData.name; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: modelData.count; font.bold: true }
                }
            }

            // ---------------------------------------------------------------- areas
            Label { text: qsTr("Matching eco-town areas (%1)").arg(areaTable.count); font.bold: true }
            ListView {
                id: areaTable
                objectName: "areaTable"
                Layout.fillWidth: true
                Layout.preferredHeight: 260
                clip: true
                model: atlas.areaTable
                currentIndex: atlas.areaTable.rowOfArea(atlas.selectedArea)
                highlight: Rectangle { color: "#fdd0a2" }
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar {}
                activeFocusOnTab: true
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Matching eco-town areas")
                Keys.onReturnPressed: if (currentItem) currentItem.clicked()
                Keys.onSpacePressed: if (currentItem) currentItem.clicked()
                delegate: ItemDelegate {
                    width: areaTable.width
                    focusPolicy: Qt.NoFocus
                    Accessible.name: areaId + " " + name
                    height: 30
                    contentItem: RowLayout {
                        Rectangle { width: 14; height: 14; color: stageColor; border.color: "#1f1f1f" }
                        Label { text: areaId; font.pixelSize: 11; color: "#606060" }
                        Label { text: name; Layout.fillWidth: true; elide: Text.ElideRight; font.pixelSize: 12 }
                        Label { text: province; font.pixelSize: 11; color: "#606060" }
                    }
                    onClicked: {
                        atlas.selectedArea = areaIndex
                        var r = atlas.search(areaId)
                        if (r.found) panel.areaChosen(areaIndex, r.west, r.south, r.east, r.north)
                    }
                }
            }
        }
    }
}
