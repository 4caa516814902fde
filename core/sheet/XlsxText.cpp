#include "sheet/XlsxText.h"

#include "sheet/ExcelValues.h"

#include <QXmlStreamReader>

namespace score {

namespace {
bool isXmlSpace(QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; }

QStringView trimXmlSpace(QStringView s)
{
    while (!s.isEmpty() && isXmlSpace(s.front()))
        s = s.mid(1);
    while (!s.isEmpty() && isXmlSpace(s.back()))
        s.chop(1);
    return s;
}
}  // namespace

void XlsxText::begin()
{
    m_text.clear();
    m_piece.clear();
    m_phonetic = 0;
    m_inText = false;
    m_preserve = false;
}

void XlsxText::token(const QXmlStreamReader& xml)
{
    if (xml.isStartElement()) {
        if (xml.name() == u"rPh")
            ++m_phonetic;
        else if (xml.name() == u"t" && m_phonetic == 0) {
            m_inText = true;
            m_preserve = xml.attributes().value(QLatin1String("http://www.w3.org/XML/1998/namespace"), QLatin1String("space"))
                         == u"preserve";
            m_piece.clear();
        }
    } else if (xml.isEndElement()) {
        if (xml.name() == u"rPh")
            m_phonetic = std::max(0, m_phonetic - 1);
        else if (xml.name() == u"t" && m_inText) {
            m_text += m_preserve ? QStringView(m_piece) : trimXmlSpace(m_piece);
            m_piece.clear();
            m_inText = false;
        }
    } else if (xml.isCharacters() && m_inText) {
        m_piece += xml.text();
    }
}

QString XlsxText::text() const { return excel::decodeEscapes(m_text); }

}  // namespace score
