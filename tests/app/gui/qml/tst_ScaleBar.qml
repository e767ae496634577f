import QtQuick 2.15
import QtTest 1.15
import QtLocation 5.15
import QtPositioning 5.15
import EcoTownQml 1.0

// The scale bar against Qt Location's own projection: the ground distance between the ends of
// the bar, measured with the real map, is the length its label states.
TestCase {
    id: test
    name: "ScaleBar"
    when: windowShown
    width: 800
    height: 600

    Map {
        id: map
        width: 800
        height: 600
        plugin: Plugin { name: "itemsoverlay" }
        center: QtPositioning.coordinate(13.0, 101.0)
        zoomLevel: 6
    }
    ScaleBar { id: bar; map: map }

    function groundLength() {
        var y = map.height / 2
        var a = map.toCoordinate(Qt.point(map.width / 2 - bar.width / 2, y), false)
        var b = map.toCoordinate(Qt.point(map.width / 2 + bar.width / 2, y), false)
        return a.distanceTo(b)
    }

    function test_barLengthMatchesTheMap_data() {
        return [
            { tag: "country, Bangkok's latitude", lat: 13.0, zoom: 6, label: "200 km" },
            { tag: "province", lat: 13.0, zoom: 9, label: "20 km" },
            { tag: "street, Chiang Mai", lat: 18.8, zoom: 15, label: "500 m" },
            { tag: "building", lat: 7.0, zoom: 17, label: "100 m" },
        ]
    }

    function test_barLengthMatchesTheMap(data) {
        map.center = QtPositioning.coordinate(data.lat, 101.0)
        map.zoomLevel = data.zoom
        var text = bar.children[1].text
        compare(text, data.label)
        var metres = bar.nice
        // the great-circle length of the bar agrees with its label to within half a percent
        verify(Math.abs(groundLength() - metres) / metres < 0.005,
               "bar " + groundLength().toFixed(1) + " m, label " + metres + " m")
        // and it stays a readable length
        verify(bar.width > 40 && bar.width <= 121, "width " + bar.width)
    }
}
