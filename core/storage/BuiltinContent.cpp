#include "storage/BuiltinContent.h"

#include "domain/NaturalIds.h"

#include <QCoreApplication>
#include <QDateTime>

namespace score {

namespace {
struct BuiltinContentTr {
    Q_DECLARE_TR_FUNCTIONS(score::BuiltinContent)
};

const QString kAuthor = QStringLiteral("SCORE Desk");

// Builds complete built-in records: every field stamped at the release date by the nil device.
class BuiltinWriter {
public:
    BuiltinWriter(Workspace& ws, const QDate& released)
        : m_ws(&ws), m_releasedIso(QDateTime(released, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs)),
          m_stamp{makeHlc(QDateTime(released, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), 0), builtinDevice()}
    {
    }

    Status put(QStringView entity, const QString& id, const std::vector<std::pair<const char*, FieldValue>>& values)
    {
        const EntitySpec* spec = EntitySchema::instance().entity(entity);
        RecordState state(*spec, id);
        for (const auto& [name, value] : values) {
            const int i = spec->fieldIndex(QLatin1String(name));
            Q_ASSERT(i >= 0);
            state.values[static_cast<size_t>(i)] = value;
        }
        for (const char* meta : {"created_at", "modified_at"})
            state.values[static_cast<size_t>(spec->fieldIndex(QLatin1String(meta)))] = m_releasedIso;
        for (const char* meta : {"created_by", "modified_by"})
            state.values[static_cast<size_t>(spec->fieldIndex(QLatin1String(meta)))] = kAuthor;
        std::fill(state.stamps.begin(), state.stamps.end(), m_stamp);
        state.vv.raise(m_stamp.device, m_stamp.hlc);
        ApplyOptions options;
        options.origin = ApplyOptions::Origin::Builtin;
        options.logHistory = false;
        auto outcome = m_ws->writer().apply(state, options);
        if (!outcome)
            return outcome.error();
        return {};
    }

private:
    Workspace* m_ws;
    QString m_releasedIso;
    Stamp m_stamp;
};

FieldValue text(const QString& s) { return s.isEmpty() ? FieldValue() : FieldValue(s); }

Status writeTemplate(const TemplateContent& t, BuiltinWriter& writer)
{
    const QString templateId = naturalid::checklistTemplate(t.module, t.version);
    SCORE_TRY(writer.put(u"checklist_template", templateId,
                         {{"module_id", naturalid::module(t.module)},
                          {"version", qint64(t.version)},
                          {"title", t.title},
                          {"released_on", t.released.toString(Qt::ISODate)},
                          {"language", t.language}}));
    int sectionOrdinal = 0;
    int itemOrdinal = 0;
    for (const auto& section : t.sections) {
        const QString sectionId = naturalid::templateSection(templateId, section.key);
        SCORE_TRY(writer.put(u"template_section", sectionId,
                             {{"template_id", templateId},
                              {"key", section.key},
                              {"title", section.title},
                              {"ordinal", qint64(++sectionOrdinal)},
                              {"weight", section.weight}}));
        for (const auto& item : section.items) {
            SCORE_TRY(writer.put(u"template_item", naturalid::templateItem(templateId, item.key),
                                 {{"template_id", templateId},
                                  {"section_id", sectionId},
                                  {"key", item.key},
                                  {"text", item.text},
                                  {"guidance", text(item.guidance)},
                                  {"response_type", item.response},
                                  {"unit", text(item.unit)},
                                  {"ordinal", qint64(++itemOrdinal)},
                                  {"weight", item.weight}}));
        }
    }
    return {};
}
}  // namespace

QUuid builtinDevice() { return QUuid(); }

Status installBuiltinContent(Workspace& ws, const BuiltinCatalogue& c)
{
    auto body = [&]() -> Status {
        BuiltinWriter countries(ws, c.countries.released);
        for (const auto& country : c.countries.countries)
            SCORE_TRY(countries.put(
                u"country", naturalid::country(country.code),
                {{"code", country.code}, {"name", country.name}, {"currency", country.currency}, {"locale", country.locale}}));
        BuiltinWriter modules(ws, c.modules.released);
        for (const auto& m : c.modules.modules)
            SCORE_TRY(modules.put(u"module", naturalid::module(m.code),
                                  {{"code", m.code},
                                   {"number", qint64(m.number)},
                                   {"name", m.name},
                                   {"mandatory", qint64(m.mandatory ? 1 : 0)},
                                   {"description", text(m.description)}}));
        for (const auto& t : c.templates) {
            BuiltinWriter writer(ws, t.released);
            SCORE_TRY(writeTemplate(t, writer));
        }
        BuiltinWriter kpis(ws, c.kpis.released);
        for (const auto& k : c.kpis.kpis)
            SCORE_TRY(kpis.put(u"kpi_definition", naturalid::kpiDefinition(k.code),
                               {{"module_id", naturalid::module(k.module)},
                                {"code", k.code},
                                {"name", k.name},
                                {"unit", k.unit},
                                {"direction", k.direction},
                                {"numerator", text(k.numerator)},
                                {"denominator", text(k.denominator)},
                                {"factor", k.factor},
                                {"period", k.period},
                                {"decimals", qint64(k.decimals)},
                                {"description", text(k.description)}}));
        // Every workspace holds all built-in content: say so, so imports skip it quickly.
        VersionVector builtin;
        for (const QDate& d : {c.countries.released, c.modules.released, c.kpis.released})
            builtin.raise(builtinDevice(), makeHlc(QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), 0));
        for (const auto& t : c.templates)
            builtin.raise(builtinDevice(), makeHlc(QDateTime(t.released, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), 0));
        return ws.raiseKnowledge(builtin);
    };
    if (ws.inTransaction())
        return body();
    return inTransaction(ws, body);
}

Status installBuiltinContent(Workspace& ws)
{
    auto catalogue = loadBuiltinCatalogue();
    if (!catalogue)
        return catalogue.error();
    return installBuiltinContent(ws, *catalogue);
}

Result<QString> installTemplate(Workspace& ws, const TemplateContent& content)
{
    auto exists = ws.store().exists(*EntitySchema::instance().entity(u"module"), naturalid::module(content.module), true);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::notFound(
            BuiltinContentTr::tr("The template is for module %1, which this workspace does not have.").arg(content.module));
    BuiltinWriter writer(ws, content.released);
    Status s = ws.inTransaction() ? writeTemplate(content, writer) : inTransaction(ws, [&] { return writeTemplate(content, writer); });
    if (!s)
        return s.error();
    return naturalid::checklistTemplate(content.module, content.version);
}

}  // namespace score
