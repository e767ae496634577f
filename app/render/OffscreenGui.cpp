#include "app/render/OffscreenGui.hpp"

#include <clocale>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QString>
#include <QtGlobal>

namespace ecotown::render {
namespace {

QtMessageHandler g_previousHandler = nullptr;

// Qt's remarks about the runtime folder (XDG_RUNTIME_DIR unset, normal for a command run from
// cron, a container or CI, or its permissions) are not the user's business: a command line
// program uses no runtime folder. Everything else Qt says goes through as before.
void filterQtMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: ")) &&
        message.contains(QLatin1String("runtime"), Qt::CaseInsensitive))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

}  // namespace

OffscreenGui::OffscreenGui() {
    if (QCoreApplication::instance() != nullptr)
        return;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(filterQtMessages);
    // QGuiApplication keeps references to argc and argv: they must outlive it.
    static int argc = 1;
    static char name[] = "ecotown-cli";
    static char* argv[] = {name, nullptr};
    m_app = std::make_unique<QGuiApplication>(argc, argv);
    std::setlocale(LC_ALL, "C");  // numbers parse and print the same everywhere
}

OffscreenGui::~OffscreenGui() = default;

}  // namespace ecotown::render
