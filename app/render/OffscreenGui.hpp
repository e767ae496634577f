#pragma once
// The QGuiApplication text rendering needs (fonts), for a command-line program without a
// display: the "offscreen" platform unless QT_QPA_PLATFORM says otherwise. Constructing the
// application switches the C locale to the user's; it is put back to "C" here, as the CLI's
// main() set it.

#include <memory>

class QGuiApplication;

namespace ecotown::render {

class OffscreenGui {
  public:
    OffscreenGui();  // does nothing when a Q(Gui)Application exists already
    ~OffscreenGui();
    OffscreenGui(const OffscreenGui&) = delete;
    OffscreenGui& operator=(const OffscreenGui&) = delete;

  private:
    std::unique_ptr<QGuiApplication> m_app;
};

}  // namespace ecotown::render
