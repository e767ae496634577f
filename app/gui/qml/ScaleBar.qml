import QtQuick 2.15

// A scale bar for the map's centre latitude (Web Mercator: metres per pixel shrink by cos(lat)).
Item {
    id: bar
    property var map
    readonly property real metresPerPixel: map ? 156543.03392 * Math.cos(map.center.latitude * Math.PI / 180) / Math.pow(2, map.zoomLevel) : 1
    readonly property var nice: {
        var target = metresPerPixel * 120
        var steps = [1, 2, 5]
        var best = 1
        for (var e = 0; e < 8; ++e)
            for (var i = 0; i < 3; ++i) {
                var v = steps[i] * Math.pow(10, e)
                if (v <= target) best = v
            }
        return best
    }
    width: nice / metresPerPixel
    height: 26
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 6; color: "#333333"; border.color: "white" }
    Text {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 8
        text: bar.nice >= 1000 ? (bar.nice / 1000) + " km" : bar.nice + " m"
        font.pixelSize: 12
        style: Text.Outline
        styleColor: "white"
    }
}
