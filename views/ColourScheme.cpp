#include "views/ColourScheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace hadesk::views {

QStringList ColourScheme::names()
{
    return {QStringLiteral("desktop"), QStringLiteral("light"), QStringLiteral("dark")};
}

QPalette ColourScheme::dark()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(225, 225, 228);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 145));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(75, 75, 80));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(100, 100, 106));
    p.setColor(QPalette::Dark, QColor(20, 20, 22));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(60, 120, 215));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(120, 120, 125));
    return p;
}

QPalette ColourScheme::light()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

bool ColourScheme::apply(const QString& name)
{
    if (name == u"desktop")
        return true;
    if (name != u"dark" && name != u"light")
        return false;
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(name == u"dark" ? dark() : light());
    return true;
}

} // namespace hadesk::views
