// The JSON of one changes.jsonl line, written and read by hand: a bundle of the 'large' workspace
// has about a million lines, and a general JSON library spends most of an import building
// objects we throw away. The grammar read here is strict JSON for exactly this shape:
//   {"k":"<kind>","id":"<uuid>","s":"<stamps>","v":"<version vector>","l":"<lost>","f":{"<field>":<value>,…}}
// with values that are strings, numbers or null; "l" (record schema 3) only when the record has
// lost something (model/StampCodec.h). Anything else is refused.

#include "sync/BundleFormat.h"

#include "domain/FieldValidation.h"
#include "util/Uuid.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace score {

namespace {
struct BundleFormatTr {
    Q_DECLARE_TR_FUNCTIONS(score::BundleFormat)
};

Error malformed(const QString& what)
{
    return Error::invalid(BundleFormatTr::tr("The bundle is damaged or not from SCORE Desk: %1.").arg(what));
}

// Field names as UTF-8, per kind, for matching keys without converting them to QString.
const std::vector<std::vector<QByteArray>>& fieldNames()
{
    static const std::vector<std::vector<QByteArray>> names = [] {
        std::vector<std::vector<QByteArray>> all;
        for (const EntitySpec& spec : EntitySchema::instance().entities()) {
            std::vector<QByteArray> fields;
            for (const FieldSpec& f : spec.fields)
                fields.push_back(f.name.toUtf8());
            all.push_back(std::move(fields));
        }
        return all;
    }();
    return names;
}

void appendJsonString(QByteArray& out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendValue(QByteArray& out, const FieldValue& value)
{
    if (const auto* i = std::get_if<qint64>(&value)) {
        out += QByteArray::number(*i);
    } else if (const auto* d = std::get_if<double>(&value)) {
        char buffer[64];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, *d);
        out.append(buffer, ec == std::errc() ? end - buffer : 0);
    } else if (const auto* s = std::get_if<QString>(&value)) {
        appendJsonString(out, *s);
    } else {
        out += "null";
    }
}

// A cursor over one line; every read checks bounds, every failure is final.
class Parser {
public:
    explicit Parser(const QByteArray& line) : m_p(line.constData()), m_end(line.constData() + line.size()) {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r'))
            ++m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    // A JSON string as raw UTF-8, unescaped.
    bool string(QByteArray& out)
    {
        out.clear();
        if (!take('"'))
            return false;
        const char* start = m_p;
        // Fast path: no escapes.
        while (m_p < m_end && *m_p != '"' && *m_p != '\\' && static_cast<unsigned char>(*m_p) >= 0x20)
            ++m_p;
        out.append(start, m_p - start);
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_p >= m_end)
                return false;
            const char e = *m_p++;
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                uint code = 0;
                if (!hex4(code))
                    return false;
                if (code >= 0xD800 && code <= 0xDBFF) {
                    uint low = 0;
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false;
                    m_p += 2;
                    if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xDC00 && code <= 0xDFFF) {
                    return false;
                }
                out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1).toUtf8();
                break;
            }
            default: return false;
            }
        }
        return false;
    }

    // A JSON value that may stand in a field: string, number or null.
    enum class Kind { Null, String, Integer, Double, Invalid };
    Kind scalar(QByteArray& text, qint64& integer, double& real)
    {
        skipSpace();
        if (m_p >= m_end)
            return Kind::Invalid;
        if (*m_p == '"')
            return string(text) ? Kind::String : Kind::Invalid;
        if (m_end - m_p >= 4 && std::equal(m_p, m_p + 4, "null")) {
            m_p += 4;
            return Kind::Null;
        }
        const char* start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p >= m_end || !(*m_p >= '0' && *m_p <= '9'))
            return Kind::Invalid;
        if (*m_p == '0' && m_p + 1 < m_end && m_p[1] >= '0' && m_p[1] <= '9')
            return Kind::Invalid;  // no leading zeros in JSON
        bool fractional = false;
        while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '+' || *m_p == '-')) {
            if (*m_p == '.' || *m_p == 'e' || *m_p == 'E')
                fractional = true;
            ++m_p;
        }
        if (!fractional) {
            const auto [end, ec] = std::from_chars(start, m_p, integer);
            if (ec == std::errc() && end == m_p)
                return Kind::Integer;
        }
        const auto [end, ec] = std::from_chars(start, m_p, real);
        if (ec != std::errc() || end != m_p || !std::isfinite(real))
            return Kind::Invalid;
        return Kind::Double;
    }

private:
    bool hex4(uint& value)
    {
        if (m_end - m_p < 4)
            return false;
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<uint>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<uint>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<uint>(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    const char* m_p;
    const char* m_end;
};

}  // namespace

QByteArray encodeRecordLine(const RecordState& state, BundleDevices& devices, int recordSchema)
{
    QByteArray out;
    out.reserve(512);
    out += "{\"k\":";
    appendJsonString(out, state.spec->name);
    out += ",\"id\":";
    appendJsonString(out, state.id);
    out += ",\"s\":";
    appendJsonString(out, encodeStamps(state, devices));
    out += ",\"v\":";
    appendJsonString(out, encodeVersionVector(state.vv, devices));
    if (!state.lost.isEmpty() && recordSchema >= bundle::kLostStampsSinceSchema) {
        out += ",\"l\":";
        appendJsonString(out, encodeLostStamps(state, devices));
    }
    out += ",\"f\":{";
    bool firstField = true;
    for (size_t i = 0; i < state.spec->fields.size(); ++i) {
        if (state.spec->fields[i].sinceSchema > recordSchema)
            continue;
        if (!firstField)
            out += ',';
        firstField = false;
        appendJsonString(out, state.spec->fields[i].name);
        out += ':';
        appendValue(out, state.values[i]);
    }
    out += "}}\n";
    return out;
}

namespace {
// Decodes the stamps, version vector and lost set into `state`; its version vector then always
// covers its own stamps (repaired rather than trusted). A lost change is one the record met, so
// its version vector must know it already: a lost set beyond it is refused, never learnt from.
bool decodeRecordStamps(const QByteArray& stamps, const QByteArray& vv, const QByteArray& lost, RecordState& state,
                        const BundleDevices& devices)
{
    if (!decodeStamps(QString::fromLatin1(stamps), state, devices) || !decodeVersionVector(QString::fromLatin1(vv), state.vv, devices))
        return false;
    for (const Stamp& s : state.stamps)
        state.vv.raise(s.device, s.hlc);
    state.vv.raise(state.deletedStamp.device, state.deletedStamp.hlc);
    state.vv.raise(state.restoredStamp.device, state.restoredStamp.hlc);
    if (lost.isNull())
        return true;
    if (lost.isEmpty() || !decodeLostStamps(QString::fromLatin1(lost), state, devices))
        return false;
    return std::all_of(state.lost.entries().begin(), state.lost.entries().end(),
                       [&](const LostStamp& e) { return state.vv.knows(e.stamp); });
}

// True when the record claims a change after the year 3000 (its vv covers all its stamps).
bool hasImpossibleStamp(const RecordState& state)
{
    return std::any_of(state.vv.entries().begin(), state.vv.entries().end(),
                       [](const VersionVector::Entry& e) { return !isPossibleStamp(e.second); });
}
}  // namespace

Result<RecordState> parseRecordLine(const QByteArray& bytes, const BundleDevices& devices, const RecordFilter& skipFields, int recordSchema)
{
    if (bytes.size() > bundle::kMaxLineBytes)
        return malformed(BundleFormatTr::tr("a record is too large"));
    Parser p(bytes);
    if (!p.take('{'))
        return malformed(BundleFormatTr::tr("a record line is not a JSON object"));

    QByteArray key;
    QByteArray kind;
    QByteArray id;
    QByteArray stamps;
    QByteArray vv;
    QByteArray lost;  // null unless the line carries "l"
    const EntitySpec* spec = nullptr;
    int specIndex = -1;
    RecordState state;
    std::vector<bool> seen;
    bool haveFields = false;
    bool first = true;
    while (!p.peek('}')) {
        if (!first && !p.take(','))
            return malformed(BundleFormatTr::tr("a record line is not valid JSON"));
        first = false;
        if (!p.string(key) || !p.take(':'))
            return malformed(BundleFormatTr::tr("a record line is not valid JSON"));
        if (key == "k" && kind.isNull()) {
            if (!p.string(kind))
                return malformed(BundleFormatTr::tr("a record has no valid kind"));
            specIndex = EntitySchema::instance().entityIndex(QLatin1String(kind));
            if (specIndex < 0)
                return malformed(BundleFormatTr::tr("a record has an unknown kind"));
            spec = &EntitySchema::instance().entities()[static_cast<size_t>(specIndex)];
        } else if (key == "id" && id.isNull()) {
            if (!p.string(id) || !isUuidText(QString::fromLatin1(id)))
                return malformed(BundleFormatTr::tr("a record has an invalid id"));
        } else if (key == "s" && stamps.isNull()) {
            if (!p.string(stamps) || stamps.isEmpty())
                return malformed(BundleFormatTr::tr("a record has invalid change stamps"));
        } else if (key == "v" && vv.isNull()) {
            if (!p.string(vv))
                return malformed(BundleFormatTr::tr("a record has an invalid version vector"));
        } else if (key == "l" && lost.isNull() && !haveFields && recordSchema >= bundle::kLostStampsSinceSchema) {
            // Before the fields, as we write it: a record skipped at "f" must not lose it.
            if (!p.string(lost) || lost.isEmpty())
                return malformed(BundleFormatTr::tr("a record has invalid change stamps"));
        } else if (key == "f" && !haveFields) {
            // Fields come after the kind (we write them last); anything else is not ours.
            if (!spec || id.isNull() || !p.take('{'))
                return malformed(BundleFormatTr::tr("a record line is not in SCORE Desk's order"));
            state = RecordState(*spec, QString::fromLatin1(id));
            // Stamps come before the fields (we write them so): a record the receiver already
            // holds whole needs its fields neither parsed nor checked.
            if (skipFields && !stamps.isNull() && !vv.isNull()) {
                if (!decodeRecordStamps(stamps, vv, lost, state, devices))
                    return malformed(
                        BundleFormatTr::tr("the change stamps of %1 %2 are invalid").arg(entityDisplayName(spec->name), state.id));
                if (hasImpossibleStamp(state))
                    return malformed(BundleFormatTr::tr("%1 %2 is stamped after the year 3000, a date no clock shows")
                                         .arg(entityDisplayName(spec->name), state.id));
                if (skipFields(state)) {
                    state.fieldsSkipped = true;
                    return state;
                }
                state = RecordState(*spec, QString::fromLatin1(id));
            }
            seen.assign(spec->fields.size(), false);
            const auto& names = fieldNames()[static_cast<size_t>(specIndex)];
            QByteArray fieldName;
            QByteArray text;
            bool firstField = true;
            while (!p.peek('}')) {
                if (!firstField && !p.take(','))
                    return malformed(BundleFormatTr::tr("a record line is not valid JSON"));
                firstField = false;
                if (!p.string(fieldName) || !p.take(':'))
                    return malformed(BundleFormatTr::tr("a record line is not valid JSON"));
                const auto it = std::find(names.begin(), names.end(), fieldName);
                if (it == names.end())
                    return malformed(
                        BundleFormatTr::tr("%1 %2 has a field this SCORE Desk does not know").arg(entityDisplayName(spec->name), state.id));
                const auto f = static_cast<size_t>(it - names.begin());
                if (seen[f])
                    return malformed(BundleFormatTr::tr("%1 %2 has a field twice").arg(entityDisplayName(spec->name), state.id));
                seen[f] = true;
                qint64 integer = 0;
                double real = 0;
                const FieldSpec& field = spec->fields[f];
                FieldValue value;
                switch (p.scalar(text, integer, real)) {
                case Parser::Kind::Null: break;
                case Parser::Kind::String:
                    if (field.type == FieldType::Integer || field.type == FieldType::Bool || field.type == FieldType::Real)
                        return malformed(BundleFormatTr::tr("%1 %2 has a value of the wrong type in %3")
                                             .arg(entityDisplayName(spec->name), state.id, field.name));
                    // Decoding would turn bytes that are not UTF-8 into U+FFFD without a word,
                    // storing something else than the sender wrote.
                    if (!text.isValidUtf8())
                        return malformed(BundleFormatTr::tr("%1 %2 has text that is not valid UTF-8 in %3")
                                             .arg(entityDisplayName(spec->name), state.id, field.name));
                    value = QString::fromUtf8(text);
                    break;
                case Parser::Kind::Integer:
                    if (field.type == FieldType::Real)
                        value = static_cast<double>(integer);
                    else if (field.type == FieldType::Integer || field.type == FieldType::Bool)
                        value = integer;
                    else
                        return malformed(BundleFormatTr::tr("%1 %2 has a value of the wrong type in %3")
                                             .arg(entityDisplayName(spec->name), state.id, field.name));
                    break;
                case Parser::Kind::Double:
                    if (field.type != FieldType::Real)
                        return malformed(BundleFormatTr::tr("%1 %2 has a value of the wrong type in %3")
                                             .arg(entityDisplayName(spec->name), state.id, field.name));
                    value = real;
                    break;
                case Parser::Kind::Invalid: return malformed(BundleFormatTr::tr("a record line is not valid JSON"));
                }
                if (auto problem = checkFieldValue(field, value))
                    return malformed(BundleFormatTr::tr("%1 %2: %3").arg(entityDisplayName(spec->name), state.id, *problem));
                state.values[f] = std::move(value);
            }
            p.take('}');
            haveFields = true;
        } else {
            return malformed(BundleFormatTr::tr("a record line has an unexpected part"));
        }
    }
    p.take('}');
    if (!p.atEnd())
        return malformed(BundleFormatTr::tr("a record line has data after its end"));
    if (!haveFields || stamps.isNull() || vv.isNull())
        return malformed(BundleFormatTr::tr("a record line is incomplete"));
    std::vector<size_t> notCarried;
    for (size_t f = 0; f < seen.size(); ++f) {
        if (seen[f])
            continue;
        if (spec->fields[f].sinceSchema <= recordSchema)
            return malformed(
                BundleFormatTr::tr("%1 %2 lacks the field %3").arg(entityDisplayName(spec->name), state.id, spec->fields[f].name));
        notCarried.push_back(f);
    }
    if (!decodeRecordStamps(stamps, vv, lost, state, devices))
        return malformed(BundleFormatTr::tr("the change stamps of %1 %2 are invalid").arg(entityDisplayName(spec->name), state.id));
    if (hasImpossibleStamp(state))
        return malformed(
            BundleFormatTr::tr("%1 %2 is stamped after the year 3000, a date no clock shows").arg(entityDisplayName(spec->name), state.id));
    // Fields the sender's SCORE Desk did not know: empty, and older than any change to them.
    for (size_t f : notCarried) {
        state.values[f] = FieldValue();
        state.stamps[f] = Stamp{1, state.stamps[f].device};
    }
    return state;
}

}  // namespace score
