import QtQuick 2.15
import QtQuick.Controls 2.15
import QtLocation 5.15
import QtPositioning 5.15
import EcoTown 1.0

// The map: sea and neighbouring countries as a quiet background, provinces, eco-town areas by
// stage, estates by IEAT level, one scene-graph layer for all factories, decluttered labels.
Item {
    id: pane
    property alias map: map
    property string cursorText: ""
    property string hoverName: ""
    property int hoverArea: -1
    property bool showProvinces: true
    property bool showAreas: true
    property bool showEstates: true
    property bool showFactories: true
    property bool showLabels: true

    function showThailand() {
        map.visibleRegion = QtPositioning.rectangle(QtPositioning.coordinate(20.6, 97.2), QtPositioning.coordinate(5.5, 105.8))
    }
    function showExtent(west, south, east, north) {
        var dx = (east - west) * 0.08, dy = (north - south) * 0.08
        map.visibleRegion = QtPositioning.rectangle(QtPositioning.coordinate(north + dy, west - dx),
                                                    QtPositioning.coordinate(south - dy, east + dx))
    }
    function refreshLabels() { labelTimer.restart() }

    Map {
        id: map
        objectName: "map"
        anchors.fill: parent
        plugin: Plugin { name: "itemsoverlay" }
        color: atlas.style.sea
        copyrightsVisible: false
        center: QtPositioning.coordinate(13.0, 101.0)
        zoomLevel: 5.5
        onZoomLevelChanged: pane.refreshLabels()
        onCenterChanged: pane.refreshLabels()
        onWidthChanged: pane.refreshLabels()
        onHeightChanged: pane.refreshLabels()
        focus: true
        gesture.acceptedGestures: MapGestureArea.PanGesture | MapGestureArea.FlickGesture | MapGestureArea.PinchGesture
        onMapReadyChanged: if (mapReady) pane.showThailand()

        CountryLayer {
            objectName: "countryLayer"
            map: map
            anchors.fill: parent
        }
        MapItemView {
            id: provinceView
            objectName: "provinceView"
            model: atlas.provinceParts
            delegate: MapPolygon {
                objectName: "province-" + modelData.index
                geoShape: modelData.shape
                color: atlas.provinceFills[modelData.index] || atlas.style.province
                visible: pane.showProvinces
                border.color: atlas.provinceSelected[modelData.index] ? atlas.style.provinceOutlineSelected : atlas.style.provinceOutline
                border.width: 1
                backend: MapPolygon.OpenGL
            }
        }
        MapItemView {
            id: areaView
            objectName: "areaView"
            model: atlas.areaParts
            delegate: MapPolygon {
                objectName: "area-" + modelData.index
                geoShape: modelData.shape
                color: modelData.fill
                opacity: atlas.style.areaOpacity
                visible: pane.showAreas && atlas.areaVisible[modelData.index] === true
                readonly property bool marked: atlas.selectedArea === modelData.index || pane.hoverArea === modelData.index
                border.color: marked ? atlas.style.highlight : atlas.style.areaOutline
                border.width: marked ? atlas.style.areaOutlineWidthSelected : atlas.style.areaOutlineWidth
                backend: MapPolygon.OpenGL
            }
        }
        FactoryLayer {
            id: factoryLayer
            objectName: "factoryLayer"
            map: map
            anchors.fill: parent
            visible: pane.showFactories
        }
        MapItemView {
            id: estateView
            objectName: "estateView"
            model: atlas.estateParts
            delegate: MapPolygon {
                objectName: "estate-" + modelData.index
                geoShape: modelData.shape
                color: modelData.fill
                opacity: atlas.style.estateOpacity
                visible: pane.showEstates && atlas.estateVisible[modelData.index] === true
                border.color: atlas.style.estateOutline
                border.width: atlas.style.estateOutlineWidth
                backend: MapPolygon.OpenGL
            }
        }
        MapItemView {
            model: pane.showLabels ? atlas.labels : []
            delegate: MapQuickItem {
                coordinate: QtPositioning.coordinate(modelData.lat, modelData.lon)
                anchorPoint.x: label.width / 2
                anchorPoint.y: label.height / 2
                sourceItem: Text {
                    id: label
                    text: modelData.text
                    font.pixelSize: modelData.size
                    font.family: "Noto Sans"
                    font.bold: modelData.kind === "area"
                    color: modelData.kind === "area" ? atlas.style.areaLabel : atlas.style.label
                    style: Text.Outline
                    styleColor: atlas.style.labelHalo
                }
            }
        }

        HoverHandler {
            id: hover
            onPointChanged: {
                var c = map.toCoordinate(hover.point.position, false)
                if (!c.isValid) return
                pane.cursorText = c.latitude.toFixed(5) + "° N  " + c.longitude.toFixed(5) + "° E"
                var h = atlas.hoverAt(c.longitude, c.latitude)
                pane.hoverArea = h.area
                pane.hoverName = h.name !== undefined ? h.name : ""
            }
        }
        TapHandler {
            onTapped: {
                var c = map.toCoordinate(eventPoint.position, false)
                if (c.isValid) atlas.identify(c.longitude, c.latitude, map.zoomLevel, 6)
            }
        }
        Keys.onPressed: {
            if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) { map.zoomLevel += 0.5; event.accepted = true }
            else if (event.key === Qt.Key_Minus) { map.zoomLevel -= 0.5; event.accepted = true }
            else if (event.key === Qt.Key_Left) { map.pan(-60, 0); event.accepted = true }
            else if (event.key === Qt.Key_Right) { map.pan(60, 0); event.accepted = true }
            else if (event.key === Qt.Key_Up) { map.pan(0, -60); event.accepted = true }
            else if (event.key === Qt.Key_Down) { map.pan(0, 60); event.accepted = true }
        }
    }

    Timer {
        id: labelTimer
        interval: 60
        onTriggered: atlas.updateLabels(map.zoomLevel, map.center.longitude, map.center.latitude, map.width, map.height)
    }
    Connections {
        target: atlas
        function onSelectionChanged() { pane.refreshLabels() }
        function onLanguageChanged() { pane.refreshLabels() }
    }

    ScaleBar {
        map: map
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 12
    }
    NorthArrow {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
    }
    Column {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
        spacing: 4
        RoundButton { text: "+"; onClicked: map.zoomLevel += 1 }
        RoundButton { text: "−"; onClicked: map.zoomLevel -= 1 }
    }
    IdentifyCard {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: 64
        anchors.rightMargin: 12
        info: atlas.identified
    }
    Label {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 10
        text: qsTr("Boundaries: Natural Earth (public domain). Areas, estates: data/README.md. Factories: synthetic sample.")
        font.pixelSize: 10
        color: "#505050"
    }
}
