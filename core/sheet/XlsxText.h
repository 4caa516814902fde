#pragma once
// The text of a string item, <si> in the shared strings or <is> in a cell: its <t>, or the <t>
// of each rich-text run <r> joined, never the phonetic guide (<rPh>) of Japanese workbooks.
// Without xml:space="preserve" a <t> loses its outer white space, as in Excel; _xHHHH_
// escapes are decoded.

#include <QString>

class QXmlStreamReader;

namespace score {

class XlsxText {
public:
    // At the item's start element.
    void begin();
    // Every token inside the item, up to but not including its end element.
    void token(const QXmlStreamReader& xml);
    // The characters gathered so far, before decoding (for limits while reading).
    qsizetype size() const { return m_text.size() + m_piece.size(); }
    QString text() const;

private:
    QString m_text;
    QString m_piece;  // the <t> being read
    int m_phonetic = 0;
    bool m_inText = false;
    bool m_preserve = false;
};

}  // namespace score
