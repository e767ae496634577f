import QtQuick 2.15

// North is up (the map is never rotated).
Item {
    width: 28
    height: 40
    Canvas {
        anchors.fill: parent
        onPaint: {
            var ctx = getContext("2d")
            ctx.fillStyle = "#333333"
            ctx.beginPath()
            ctx.moveTo(width / 2, 0)
            ctx.lineTo(width, height - 14)
            ctx.lineTo(width / 2, height - 22)
            ctx.lineTo(0, height - 14)
            ctx.closePath()
            ctx.fill()
        }
    }
    Text { anchors.bottom: parent.bottom; anchors.horizontalCenter: parent.horizontalCenter; text: "N"; font.bold: true }
}
