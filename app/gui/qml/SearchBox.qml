import QtQuick 2.15
import QtQuick.Controls 2.15

// Zoom to a province, region or area by Thai or English name or ISO code.
TextField {
    id: box
    objectName: "searchBox"
    signal found(var result)
    placeholderText: qsTr("Search: province, region, area (ไทย / English / TH-20)")
    Accessible.name: qsTr("Search (Ctrl+F)")
    onAccepted: {
        var r = atlas.search(text)
        if (r.found) { found(r); popup.close() }
    }
    onTextEdited: {
        suggestions.model = atlas.searchSuggestions(text)
        if (suggestions.model.length > 0) popup.open(); else popup.close()
    }
    Popup {
        id: popup
        y: box.height
        width: box.width
        padding: 2
        contentItem: ListView {
            id: suggestions
            implicitHeight: Math.min(contentHeight, 300)
            clip: true
            delegate: ItemDelegate {
                width: suggestions.width
                text: modelData
                onClicked: {
                    box.text = modelData
                    var r = atlas.search(modelData)
                    if (r.found) box.found(r)
                    popup.close()
                }
            }
        }
    }
}
