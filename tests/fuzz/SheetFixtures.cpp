#include "SheetFixtures.h"

#include "util/ZipArchive.h"

namespace score::fixtures {

namespace {
const QByteArray kXmlHead = QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                                              "\r\n");

QByteArray xml(const char* body) { return kXmlHead + QByteArray(body); }

// Rows pushed one by one: GCC 12 warns falsely (free-nonheap-object) about a vector of
// QStringList made from an initializer list.
std::vector<QStringList> rowsOf(std::initializer_list<QStringList> list)
{
    std::vector<QStringList> rows;
    rows.reserve(list.size());
    for (const QStringList& row : list)
        rows.push_back(row);
    return rows;
}

SheetTable table(const QString& name, std::initializer_list<QStringList> rows) { return SheetTable{name, rowsOf(rows)}; }

QString decomposed(const QString& text) { return text.normalized(QString::NormalizationForm_D); }

const char* kContentTypes =
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>)";
const char* kRootRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
}  // namespace

Status writeParts(const QString& path, const XlsxParts& parts)
{
    ZipWriter zip;
    SCORE_TRY(zip.open(path));
    for (const auto& [name, content] : parts)
        SCORE_TRY(zip.addBytes(name, content, true));
    return zip.close();
}

SheetFixture excelWorkbook()
{
    SheetFixture f;
    f.fileName = QStringLiteral("excel-365.xlsx");
    f.parts = {
        {QStringLiteral("[Content_Types].xml"), xml(kContentTypes)},
        {QStringLiteral("_rels/.rels"), xml(kRootRels)},
        {QStringLiteral("docProps/app.xml"),
         xml(R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>)")},
        {QStringLiteral("xl/workbook.xml"),
         xml(R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-110" yWindow="-110" windowWidth="19420" windowHeight="10420"/></bookViews><sheets><sheet name="Doanh nghiệp" sheetId="1" r:id="rId1"/><sheet name="People" sheetId="2" state="hidden" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Doanh nghiệp'!$A$1:$D$5</definedName></definedNames><calcPr calcId="191029"/></workbook>)")},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         xml(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)")},
        {QStringLiteral("xl/sharedStrings.xml"),
         xml("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"13\" uniqueCount=\"11\">"
             "<si><t>Tên</t></si><si><t>Số lao động</t></si><si><t>Doanh thu</t></si><si><t>Ngày</t></si>"
             "<si><r><rPr><b/><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr><t xml:space=\"preserve\">Công ty </t></r><r><rPr><i/></rPr><t>Minh Phát</t></r></si>"
             "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
             "<si><t>a_x000D_\nb</t></si><si><t>  trimmed\t</t></si><si><t xml:space=\"preserve\">  kept  </t></si>"
             "<si><t>0912345678</t></si><si><t>Ghi chú</t></si></sst>")},
        {QStringLiteral("xl/styles.xml"),
         xml(R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00\ &quot;đ&quot;"/><numFmt numFmtId="166" formatCode="[Red]0.00"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/></cellStyleXfs><cellXfs count="8"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="20"/><xf numFmtId="49"/><xf numFmtId="167"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><numFmt numFmtId="167" formatCode="yyyy"/></dxf></dxfs></styleSheet>)")},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         xml("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
             "<dimension ref=\"A1:J6\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
             "<sheetFormatPr defaultRowHeight=\"15\"/><cols><col min=\"1\" max=\"1\" width=\"30\" customWidth=\"1\"/></cols><sheetData>"
             "<row r=\"1\" spans=\"1:10\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>10</v></c></row>"
             "<row r=\"2\" spans=\"1:10\"><c r=\"A2\" t=\"s\"><v>4</v></c><c r=\"B2\"><v>120</v></c><c r=\"C2\" s=\"3\"><v>1234.5</v></c><c r=\"D2\" s=\"1\"><v>46327</v></c>"
             "<c r=\"E2\" t=\"s\"><v>9</v></c><c r=\"F2\"><f>B2*2</f><v>240</v></c><c r=\"G2\" t=\"str\"><f>A1&amp;\"!\"</f><v>Tên!</v></c><c r=\"H2\" s=\"1\"/>"
             "<c r=\"I2\" t=\"b\"><v>1</v></c><c r=\"J2\" t=\"e\"><f>NA()</f><v>#N/A</v></c></row>"
             "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>5</v></c><c r=\"B3\"><v>0.30000000000000004</v></c><c r=\"C3\" s=\"4\"><v>-7</v></c><c r=\"D3\" s=\"2\"><v>45351</v></c>"
             "<c r=\"E3\" t=\"inlineStr\"><is><t>nội dòng</t></is></c><c r=\"F3\" s=\"5\"><v>0.5</v></c><c r=\"G3\" s=\"7\"><v>2024</v></c><c r=\"H3\" s=\"6\"><v>12</v></c><c r=\"I3\" t=\"b\"><v>0</v></c></row>"
             "<row r=\"5\"><c t=\"s\"><v>6</v></c><c t=\"s\"><v>7</v></c><c t=\"s\"><v>8</v></c><c><v>1E-3</v></c></row>"
             "<row><c r=\"A6\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">rich </t></r><r><rPr><i/></rPr><t>inline</t></r></is></c><c r=\"C6\"><v>-1.5E+2</v></c></row>"
             "</sheetData><autoFilter ref=\"A1:D5\"/><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>")},
        {QStringLiteral("xl/worksheets/sheet2.xml"),
         xml(R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Phone</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Lan</t></is></c><c r="B2" t="inlineStr"><is><t>0987 654 321</t></is></c></row></sheetData></worksheet>)")},
    };
    f.expected = {
        table(QStringLiteral("Doanh nghiệp"),
              {{QStringLiteral("Tên"), QStringLiteral("Số lao động"), QStringLiteral("Doanh thu"), QStringLiteral("Ngày"),
                QStringLiteral("Ghi chú")},
               {QStringLiteral("Công ty Minh Phát"), QStringLiteral("120"), QStringLiteral("1234.5"), QStringLiteral("2026-11-01"),
                QStringLiteral("0912345678"), QStringLiteral("240"), QStringLiteral("Tên!"), QString(), QStringLiteral("TRUE"),
                QStringLiteral("#N/A")},
               {QStringLiteral("東京"), QStringLiteral("0.3"), QStringLiteral("-7"), QStringLiteral("2024-02-29"),
                QStringLiteral("nội dòng"), QStringLiteral("12:00"), QStringLiteral("2024"), QStringLiteral("12"), QStringLiteral("FALSE")},
               {},
               {QStringLiteral("a\r\nb"), QStringLiteral("trimmed"), QStringLiteral("  kept  "), QStringLiteral("0.001")},
               {QStringLiteral("rich inline"), QString(), QStringLiteral("-150")}}),
        table(QStringLiteral("People"),
              {{QStringLiteral("Name"), QStringLiteral("Phone")}, {QStringLiteral("Lan"), QStringLiteral("0987 654 321")}}),
    };
    return f;
}

SheetFixture libreOfficeWorkbook()
{
    SheetFixture f;
    f.fileName = QStringLiteral("libreoffice-calc.xlsx");
    f.parts =
        {
            {QStringLiteral("_rels/.rels"), xml(kRootRels)},
            {QStringLiteral("[Content_Types].xml"), xml(kContentTypes)},
            {QStringLiteral("xl/_rels/workbook.xml.rels"),
             xml(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../xl/worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/a.xlsx" TargetMode="External"/></Relationships>)")},
            {QStringLiteral("xl/workbook.xml"), xml(R"(<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:fileVersion appName="Calc"/><x:workbookPr backupFile="false" showObjects="all" date1904="false"/><x:sheets><x:sheet name="Sheet1" sheetId="1" state="visible" rel:id="rId2"/><x:sheet name="Chart1" sheetId="2" rel:id="rId3"/></x:sheets><x:calcPr iterateCount="100" refMode="A1"/></x:workbook>)")},
            {QStringLiteral("xl/sharedStrings.xml"),
             xml(R"(<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6"><x:si><x:t xml:space="preserve">Mã</x:t></x:si><x:si><x:t xml:space="preserve">Ngày bắt đầu</x:t></x:si><x:si><x:t xml:space="preserve">Ngày kết thúc</x:t></x:si><x:si><x:t xml:space="preserve">Tỷ lệ</x:t></x:si><x:si><x:t xml:space="preserve">VN-001</x:t></x:si><x:si><x:t xml:space="preserve">VN-002 </x:t></x:si></x:sst>)")},
            {QStringLiteral("xl/styles.xml"),
             xml(R"(<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="3"><x:numFmt numFmtId="164" formatCode="YYYY\-MM\-DD"/><x:numFmt numFmtId="165" formatCode="[$-42A]DD/MM/YYYY;@"/><x:numFmt numFmtId="166" formatCode="0.00%"/></x:numFmts><x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="164" applyNumberFormat="true"/><x:xf numFmtId="165" applyNumberFormat="true"/><x:xf numFmtId="166" applyNumberFormat="true"/></x:cellXfs></x:styleSheet>)")},
            {QStringLiteral("xl/worksheets/sheet1.xml"),
             xml("<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
                 "<x:row r=\"1\" customFormat=\"false\" ht=\"12.8\"><x:c r=\"A1\" s=\"0\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B1\" s=\"0\" t=\"s\"><x:v>1</x:v></x:c><x:c r=\"C1\" s=\"0\" t=\"s\"><x:v>2</x:v></x:c><x:c r=\"D1\" s=\"0\" t=\"s\"><x:v>3</x:v></x:c></x:row>"
                 "<x:row r=\"2\"><x:c r=\"A2\" s=\"0\" t=\"s\"><x:v>4</x:v></x:c><x:c r=\"B2\" s=\"1\" t=\"n\"><x:v>46327</x:v></x:c><x:c r=\"C2\" t=\"d\"><x:v>2026-12-31T00:00:00</x:v></x:c><x:c r=\"D2\" s=\"3\" t=\"n\"><x:v>0.125</x:v></x:c></x:row>"
                 "<x:row r=\"3\"><x:c r=\"A3\" s=\"0\" t=\"s\"><x:v>5</x:v></x:c><x:c r=\"B3\" s=\"2\" t=\"n\"><x:v>46328</x:v></x:c><x:c r=\"C3\" t=\"d\"><x:v>2026-12-31T08:30:00</x:v></x:c><x:c r=\"D3\" s=\"3\" t=\"n\"><x:f>D2*2</x:f><x:v>0.25</x:v></x:c></x:row>"
                 "<x:row r=\"4\" customFormat=\"false\"><x:c r=\"A4\" s=\"1\"/><x:c r=\"B4\" s=\"1\"/></x:row>"
                 "</x:sheetData></x:worksheet>")},
        };
    f.expected = {
        table(QStringLiteral("Sheet1"),
              {{QStringLiteral("Mã"), QStringLiteral("Ngày bắt đầu"), QStringLiteral("Ngày kết thúc"), QStringLiteral("Tỷ lệ")},
               {QStringLiteral("VN-001"), QStringLiteral("2026-11-01"), QStringLiteral("2026-12-31"), QStringLiteral("0.125")},
               {QStringLiteral("VN-002 "), QStringLiteral("2026-11-02"), QStringLiteral("2026-12-31 08:30"), QStringLiteral("0.25")}})};
    return f;
}

SheetFixture date1904Workbook()
{
    SheetFixture f;
    f.fileName = QStringLiteral("mac-1904.xlsx");
    // No package relationships and no shared strings: the workbook is where Excel puts it.
    f.parts = {
        {QStringLiteral("xl/workbook.xml"),
         xml(R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="Visits" sheetId="1" r:id="rId1"/></sheets></workbook>)")},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         xml(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)")},
        {QStringLiteral("xl/styles.xml"),
         xml(R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)")},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         xml(R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ngày</t></is></c></row><row r="2"><c r="A2" s="1"><v>45000</v></c></row><row r="3"><c r="A3" s="1"><v>0</v></c></row><row r="4"><c r="A4" s="1"><v>1.25</v></c></row></sheetData></worksheet>)")},
    };
    f.expected = {table(
        QStringLiteral("Visits"),
        {{QStringLiteral("Ngày")}, {QStringLiteral("2027-03-16")}, {QStringLiteral("1904-01-01")}, {QStringLiteral("1904-01-02 06:00")}})};
    return f;
}

SheetFixture windows1252Csv()
{
    SheetFixture f;
    f.fileName = QStringLiteral("empresas-1252.csv");
    f.bytes = QByteArrayLiteral("Empresa;Tel\xE9"
                                "fono;Precio;Nota\r\n"
                                "Caf\xE9 \x93Ol\xE9\x94;0912 345;12,50 \x80;\"dice \"\"s\xED\"\"; vale\"\r\n"
                                ";;;\r\n"
                                "Ni\xF1o;;\x85\r\n");
    f.expected = {
        table(QStringLiteral("empresas-1252"),
              {{QStringLiteral("Empresa"), QStringLiteral("Teléfono"), QStringLiteral("Precio"), QStringLiteral("Nota")},
               {QStringLiteral("Café “Olé”"), QStringLiteral("0912 345"), QStringLiteral("12,50 €"), QStringLiteral("dice \"sí\"; vale")},
               {},
               {QStringLiteral("Niño"), QString(), QStringLiteral("…")}})};
    return f;
}

SheetFixture utf8Csv()
{
    SheetFixture f;
    f.fileName = QStringLiteral("doanh-nghiep.csv");
    f.bytes = QByteArrayLiteral("\xEF\xBB\xBF")
              + QStringLiteral("Tên,Ghi chú,Số\r\n"
                               "\"Công ty, Minh Phát\",\"dòng 1\ndòng 2\r\ndòng 3\",-12.5\r\n"
                               "\"The \"\"Golden\"\" Hall\",,0912\r\n"
                               "\r\n"
                               "%1,\"\",\r\n")
                    .arg(decomposed(QStringLiteral("Hưng Thịnh")))
                    .toUtf8();
    f.expected = {table(QStringLiteral("doanh-nghiep"),
                        {{QStringLiteral("Tên"), QStringLiteral("Ghi chú"), QStringLiteral("Số")},
                         {QStringLiteral("Công ty, Minh Phát"), QStringLiteral("dòng 1\ndòng 2\r\ndòng 3"), QStringLiteral("-12.5")},
                         {QStringLiteral("The \"Golden\" Hall"), QString(), QStringLiteral("0912")},
                         {},
                         {decomposed(QStringLiteral("Hưng Thịnh"))}})};
    return f;
}

std::vector<SheetFixture> csvDialects()
{
    std::vector<SheetFixture> all;
    all.push_back(
        {QStringLiteral("mac-cr.csv"),
         {},
         QByteArrayLiteral("a,b\rc,d\r"),
         {table(QStringLiteral("mac-cr"), {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}})}});
    // One tab and one comma in the header: the tab wins the tie.
    all.push_back({QStringLiteral("tabs.tsv"),
                   {},
                   QByteArrayLiteral("Name\tNote, with comma\r\nx\ty\nz"),
                   {table(QStringLiteral("tabs"), {{QStringLiteral("Name"), QStringLiteral("Note, with comma")},
                                                   {QStringLiteral("x"), QStringLiteral("y")},
                                                   {QStringLiteral("z")}})}});
    all.push_back({QStringLiteral("sep-hint.csv"),
                   {},
                   QByteArrayLiteral("sep=;\r\nA,1;B\r\n"),
                   {table(QStringLiteral("sep-hint"), {{QStringLiteral("A,1"), QStringLiteral("B")}})}});
    QByteArray utf16 = QByteArrayLiteral("\xFF\xFE");
    const QString text = QStringLiteral("Tên\tĐiện thoại\r\nLan\t0912\r\n");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);  // little-endian on every machine we build for
    all.push_back({QStringLiteral("unicode-text.txt"),
                   {},
                   utf16,
                   {table(QStringLiteral("unicode-text"),
                          {{QStringLiteral("Tên"), QStringLiteral("Điện thoại")}, {QStringLiteral("Lan"), QStringLiteral("0912")}})}});
    return all;
}

std::vector<SheetFixture> allFixtures()
{
    std::vector<SheetFixture> all = {excelWorkbook(), libreOfficeWorkbook(), date1904Workbook(), windows1252Csv(), utf8Csv()};
    for (SheetFixture& f : csvDialects())
        all.push_back(std::move(f));
    return all;
}

std::vector<SheetToWrite> sampleSheets()
{
    SheetToWrite enterprises;
    enterprises.table.name = QStringLiteral("Doanh nghiệp");
    enterprises.columns = {ColumnKind::Text, ColumnKind::Text, ColumnKind::Number, ColumnKind::Number, ColumnKind::Date, ColumnKind::Text};
    enterprises.table.rows = rowsOf({
        {QStringLiteral("Tên doanh nghiệp"), QStringLiteral("Điện thoại"), QStringLiteral("Số lao động"), QStringLiteral("Doanh thu (tỷ)"),
         QStringLiteral("Ngày bắt đầu"), QStringLiteral("Ghi chú")},
        {QStringLiteral("Công ty Minh Phát"), QStringLiteral("0912 345 678"), QStringLiteral("120"), QStringLiteral("-3.75"),
         QStringLiteral("2026-11-01"), QStringLiteral("Nói \"chất lượng\"\nlà trên hết")},
        {decomposed(QStringLiteral("Cơ khí Đồng Nai")), QStringLiteral("0251"), QStringLiteral("0"), QStringLiteral("1234567.89"),
         QStringLiteral("1900-01-15"), QStringLiteral("a,b;c\td")},
        {QString(), QStringLiteral("00123"), QStringLiteral("007"), QStringLiteral("1e3"), QStringLiteral("2026-02-30"),
         QStringLiteral("  leading and trailing  ")},
        {},
        {decomposed(QStringLiteral("Hưng Thịnh")), QStringLiteral("+84 912"), QStringLiteral("-0.5"), QStringLiteral("120.50"),
         QStringLiteral("1899-12-31"), QStringLiteral("_x0041_ stays, and CRLF\r\nstays")},
        {QString(), QString(), QStringLiteral("250"), QString(), QStringLiteral("2024-02-29"), QStringLiteral("last")},
    });
    SheetToWrite people;
    people.table.name = QStringLiteral("Người");
    people.columns = {ColumnKind::Text, ColumnKind::Text, ColumnKind::Date};
    people.table.rows = rowsOf({{QStringLiteral("Họ tên"), QStringLiteral("Giới"), QStringLiteral("Ngày sinh")},
                                {QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("nữ"), QStringLiteral("1990-05-17")},
                                {decomposed(QStringLiteral("Trần Văn Hưng")), QStringLiteral("nam")}});
    return {enterprises, people};
}

}  // namespace score::fixtures
