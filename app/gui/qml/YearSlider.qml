import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15

// The programme year under the map: a fiscal-year slider from the first year of the stage
// history to the latest, showing every area's stage as of that year (counts and legend follow),
// a play button that replays the years, and "Latest" to go back to the latest records.
ToolBar {
    id: bar
    objectName: "yearSliderBar"
    visible: atlas.loaded && history.lastYear > history.firstYear
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 8
        Button {
            objectName: "playButton"
            text: history.playing ? "⏸" : "▶"
            font.pixelSize: 15
            Accessible.name: history.playing ? qsTr("Stop the replay") : qsTr("Replay the years")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: history.playing ? history.stop() : history.play()
        }
        Label {
            text: qsTr("Stages as of")
            font.bold: true
        }
        Label {
            objectName: "yearLabel"
            text: history.year > 0 ? qsTr("FY%1").arg(history.year) : qsTr("latest")
            font.bold: true
            font.pixelSize: 15
            color: "#7f2704"
            Layout.minimumWidth: 70
        }
        Slider {
            id: slider
            objectName: "asOfSlider"
            Layout.fillWidth: true
            Layout.minimumWidth: 120
            from: history.firstYear
            to: history.lastYear
            stepSize: 1
            snapMode: Slider.SnapAlways
            value: history.year > 0 ? history.year : history.lastYear
            onMoved: { history.stop(); history.year = Math.round(value) }
            Accessible.name: qsTr("Stages as of fiscal year %1").arg(Math.round(value))
            ToolTip.visible: hovered || pressed
            ToolTip.text: qsTr("Fiscal years %1–%2").arg(history.firstYear).arg(history.lastYear)
        }
        Button {
            objectName: "latestButton"
            text: qsTr("Latest")
            Accessible.name: qsTr("Stages as of the latest fiscal year")
            enabled: history.year > 0
            onClicked: { history.stop(); history.showLatest() }
        }
        Label {
            visible: !history.hasStageHistory
            text: qsTr("(no stage history in this dataset)")
            color: "#606060"
        }
    }
}
