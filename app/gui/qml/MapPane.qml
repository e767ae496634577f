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
    // The user panned or zoomed since the last filter change: the next one leaves the view.
    property bool movedByHand: false
    property bool settingView: false

    function showThailand() {
        setView(function() {
            map.visibleRegion = QtPositioning.rectangle(QtPositioning.coordinate(20.6, 97.2), QtPositioning.coordinate(5.5, 105.8))
        }, false)
    }
    // Web Mercator y (0 at 85.05° N, 1 at 85.05° S) and back.
    function mercatorY(lat) {
        var r = Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI / 180
        return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2
    }
    function latitudeOf(y) { return Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180 / Math.PI }
    // Shows the extent as large as it fits in the part of the map that nothing lies over: beside
    // the legend or above it (whichever shows it larger), left of the buttons, below the source
    // line. The region given to the map has the map's own shape, so the map does not re-centre it.
    function showExtent(west, south, east, north, animated) {
        var dx = Math.max((east - west) * 0.08, 0.02), dy = Math.max((north - south) * 0.08, 0.02)
        var x0 = (west - dx + 180) / 360, x1 = (east + dx + 180) / 360
        var y0 = mercatorY(north + dy), y1 = mercatorY(south - dy)
        var w = map.width, h = map.height, margin = 8
        var top = sourceLine.y + sourceLine.height + margin
        var right = w - mapButtons.x + margin
        var beside = { l: mapLegend.x + mapLegend.width + margin, r: right, t: top, b: margin }
        var above = { l: margin, r: right, t: top, b: h - mapLegend.y + margin }
        var scaleOf = function(i) {
            return Math.min((w - i.l - i.r) / (x1 - x0), (h - i.t - i.b) / (y1 - y0))
        }
        var free = scaleOf(beside) >= scaleOf(above) ? beside : above
        var s = scaleOf(free)
        if (!(s > 0) || !isFinite(s) || w <= 0 || h <= 0) {  // no room: the extent alone
            setView(function() {
                map.visibleRegion = QtPositioning.rectangle(QtPositioning.coordinate(north + dy, west - dx),
                                                            QtPositioning.coordinate(south - dy, east + dx))
            }, animated === true)
            return
        }
        // The view's centre, so that the extent's centre is the free part's centre.
        var cx = (x0 + x1) / 2 - (free.l - free.r) / (2 * s)
        var cy = (y0 + y1) / 2 - (free.t - free.b) / (2 * s)
        setView(function() {
            map.visibleRegion = QtPositioning.rectangle(
                QtPositioning.coordinate(latitudeOf(cy - h / (2 * s)), (cx - w / (2 * s)) * 360 - 180),
                QtPositioning.coordinate(latitudeOf(cy + h / (2 * s)), (cx + w / (2 * s)) * 360 - 180))
        }, animated === true)
    }
    // Thailand, animated (Home, Esc).
    function goHome() {
        var e = atlas.countryExtent
        if (e.west === undefined) showThailand(); else showExtent(e.west, e.south, e.east, e.north, true)
    }
    // What the filter selects (the "Zoom to selection" action; after a filter change).
    function zoomToSelection(animated) {
        var e = atlas.focusExtent
        if (e.west !== undefined) showExtent(e.west, e.south, e.east, e.north, animated)
    }
    // Applies `change` (which sets the view) at once or as a short animation from the current view.
    function setView(change, animated) {
        viewAnimation.stop()
        settingView = true
        var fromCenter = map.center, fromZoom = map.zoomLevel
        change()
        if (animated) {
            var toCenter = map.center, toZoom = map.zoomLevel
            map.center = fromCenter
            map.zoomLevel = fromZoom
            centerAnimation.to = toCenter
            zoomAnimation.to = toZoom
            viewAnimation.start()
        }
        settingView = false
    }
    // A change of the view not made by setView nor by a resize (Qt Location refits the region
    // then) is the user's.
    property double lastResize: 0
    function viewChangedBy() {
        if (!settingView && !viewAnimation.running && Date.now() - lastResize > 250) movedByHand = true
    }
    function refreshLabels() { labelTimer.restart() }

    Map {
        id: map
        objectName: "map"
        anchors.fill: parent
        plugin: Plugin { name: "itemsoverlay" }
        color: atlas.mapLayers.style.sea
        copyrightsVisible: false
        center: QtPositioning.coordinate(13.0, 101.0)
        zoomLevel: 5.5
        onZoomLevelChanged: { pane.viewChangedBy(); pane.refreshLabels() }
        onCenterChanged: { pane.viewChangedBy(); pane.refreshLabels() }
        onWidthChanged: { pane.lastResize = Date.now(); pane.refreshLabels() }
        onHeightChanged: { pane.lastResize = Date.now(); pane.refreshLabels() }
        focus: true
        // a Tab stop (set from C++: Map does not offer activeFocusOnTab to QML)
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Map (+/− zoom, arrows pan, Home: all of Thailand)")
        gesture.acceptedGestures: MapGestureArea.PanGesture | MapGestureArea.FlickGesture | MapGestureArea.PinchGesture
        onMapReadyChanged: if (mapReady) pane.showThailand()

        ParallelAnimation {
            id: viewAnimation
            CoordinateAnimation { id: centerAnimation; target: map; property: "center"; duration: 400; easing.type: Easing.InOutQuad }
            NumberAnimation { id: zoomAnimation; target: map; property: "zoomLevel"; duration: 400; easing.type: Easing.InOutQuad }
        }

        CountryLayer {
            objectName: "countryLayer"
            map: map
            anchors.fill: parent
        }
        MapItemView {
            id: provinceView
            objectName: "provinceView"
            model: atlas.mapLayers.provinceParts
            delegate: MapPolygon {
                objectName: "province-" + modelData.index
                geoShape: modelData.shape
                color: atlas.mapLayers.provinceFills[modelData.index] || atlas.mapLayers.style.province
                visible: pane.showProvinces
                readonly property bool outlined: atlas.mapLayers.provinceOutlined[modelData.index] === true
                border.color: outlined || atlas.mapLayers.provinceSelected[modelData.index] ? atlas.mapLayers.style.provinceOutlineSelected : atlas.mapLayers.style.provinceOutline
                border.width: outlined ? 2.5 : 1
                backend: MapPolygon.OpenGL
            }
        }
        MapItemView {
            id: areaView
            objectName: "areaView"
            model: atlas.mapLayers.areaParts
            delegate: MapPolygon {
                objectName: "area-" + modelData.index
                geoShape: modelData.shape
                color: atlas.mapLayers.areaFills[modelData.index] || modelData.fill
                opacity: atlas.mapLayers.style.areaOpacity
                visible: pane.showAreas && atlas.mapLayers.areaVisible[modelData.index] === true
                // The area under the pointer is outlined by hoverOutline below, not here: a new
                // border re-tessellates a MapPolygon's outline on the GUI thread.
                readonly property bool marked: atlas.selectedArea === modelData.index
                border.color: marked ? atlas.mapLayers.style.highlight : atlas.mapLayers.style.areaOutline
                border.width: marked ? atlas.mapLayers.style.areaOutlineWidthSelected : atlas.mapLayers.style.areaOutlineWidth
                backend: MapPolygon.OpenGL
            }
        }
        ProvenanceLayer {
            objectName: "provenanceLayer"
            map: map
            anchors.fill: parent
            visible: pane.showAreas
            color: atlas.mapLayers.style.uncertain
        }
        HighlightLayer {
            objectName: "hoverOutline"
            map: map
            anchors.fill: parent
            visible: pane.showAreas
            area: pane.hoverArea
            color: atlas.mapLayers.style.highlight
            lineWidth: atlas.mapLayers.style.areaOutlineWidthSelected
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
            model: atlas.mapLayers.estateParts
            delegate: MapPolygon {
                objectName: "estate-" + modelData.index
                geoShape: modelData.shape
                color: atlas.mapLayers.estateFills[modelData.index] || modelData.fill
                opacity: atlas.mapLayers.style.estateOpacity
                visible: pane.showEstates && atlas.mapLayers.estateVisible[modelData.index] === true
                border.color: atlas.mapLayers.style.estateOutline
                border.width: atlas.mapLayers.style.estateOutlineWidth
                backend: MapPolygon.OpenGL
            }
        }
        MapItemView {
            model: pane.showLabels ? atlas.mapLayers.labels : []
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
                    color: modelData.kind === "area" ? atlas.mapLayers.style.areaLabel : atlas.mapLayers.style.label
                    style: Text.Outline
                    styleColor: atlas.mapLayers.style.labelHalo
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
        TapHandler {
            acceptedButtons: Qt.RightButton
            enabled: edit.active
            onTapped: {
                var c = map.toCoordinate(eventPoint.position, false)
                if (c.isValid) editDialogs.openAt(c.longitude, c.latitude, map.zoomLevel, eventPoint.position.x, eventPoint.position.y)
            }
        }
        Keys.onPressed: {
            if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) { map.zoomLevel += 0.5; event.accepted = true }
            else if (event.key === Qt.Key_Minus) { map.zoomLevel -= 0.5; event.accepted = true }
            else if (event.key === Qt.Key_Left) { map.pan(-60, 0); event.accepted = true }
            else if (event.key === Qt.Key_Right) { map.pan(60, 0); event.accepted = true }
            else if (event.key === Qt.Key_Up) { map.pan(0, -60); event.accepted = true }
            else if (event.key === Qt.Key_Down) { map.pan(0, 60); event.accepted = true }
            else if (event.key === Qt.Key_Home || event.key === Qt.Key_Escape) { pane.goHome(); event.accepted = true }
        }
    }

    Timer {
        id: labelTimer
        interval: 60
        onTriggered: {
            atlas.mapLayers.updateLabels(map.zoomLevel, map.center.longitude, map.center.latitude, map.width, map.height)
            // The server view reads the factories of a street-zoom view.
            var nw = map.toCoordinate(Qt.point(0, 0), false), se = map.toCoordinate(Qt.point(map.width, map.height), false)
            if (nw.isValid && se.isValid) atlas.setView(nw.longitude, se.latitude, se.longitude, nw.latitude, map.zoomLevel)
        }
    }
    Connections {
        target: atlas
        function onSelectionChanged() { pane.refreshLabels() }
        function onLanguageChanged() { pane.refreshLabels() }
        function onLoadedChanged() { pane.movedByHand = false }
        function onFilterChanged() {
            if (!pane.movedByHand) pane.zoomToSelection(true)
            pane.movedByHand = false
        }
    }

    MapLegend {
        id: mapLegend
        compact: pane.height < 700
        anchors.left: parent.left
        anchors.bottom: scaleBar.top
        anchors.leftMargin: 12
        anchors.bottomMargin: 8
    }
    ScaleBar {
        id: scaleBar
        objectName: "scaleBar"
        map: map
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 12
    }
    NorthArrow {
        objectName: "northArrow"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
    }
    Column {
        id: mapButtons
        objectName: "mapButtons"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
        spacing: 4
        RoundButton {
            objectName: "zoomToSelectionButton"
            text: "⛶"
            font.pixelSize: 16
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Zoom to selection (Ctrl+0)")
            Accessible.name: qsTr("Zoom to selection")
            onClicked: pane.zoomToSelection(true)
        }
        RoundButton {
            text: "⌂"
            font.pixelSize: 16
            ToolTip.visible: hovered
            ToolTip.text: qsTr("All of Thailand (Home)")
            Accessible.name: qsTr("All of Thailand")
            onClicked: pane.goHome()
        }
        RoundButton { text: "+"; Accessible.name: qsTr("Zoom in"); onClicked: map.zoomLevel += 1 }
        RoundButton { text: "−"; Accessible.name: qsTr("Zoom out"); onClicked: map.zoomLevel -= 1 }
    }
    EditDialogs { id: editDialogs; objectName: "editDialogs" }
    IdentifyCard {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: 64
        anchors.rightMargin: 12
        info: atlas.identified
    }
    Label {
        id: sourceLine
        objectName: "mapSourceLine"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 10
        text: qsTr("Boundaries: Natural Earth (public domain). Areas, estates: data/README.md. Factories: synthetic sample.")
        font.pixelSize: 10
        color: "#505050"
    }
    // The server view: why the factories of this view are drawn as cells.
    Label {
        objectName: "mapViewNote"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 36
        visible: text.length > 0
        text: atlas.viewNote
        padding: 6
        font.pixelSize: 13
        background: Rectangle { color: "#f0ffffff"; radius: 4; border.color: "#b0b0b0" }
    }
}
