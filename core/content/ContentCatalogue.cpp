#include "content/ContentCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace score {

namespace {
struct ContentCatalogueTr {
    Q_DECLARE_TR_FUNCTIONS(score::ContentCatalogue)
};

constexpr int kSupportedFormat = 1;
constexpr qsizetype kMaxContentBytes = 8 * 1024 * 1024;

// Reads typed members and remembers the first problem, so parsers stay linear.
class Reader {
public:
    explicit Reader(QString where) : m_where(std::move(where)) {}

    QString text(const QJsonObject& o, const char* key, int maxLength, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(ContentCatalogueTr::tr("%1: \"%2\" is missing.").arg(m_where, QLatin1String(key)));
            return {};
        }
        if (!v.isString()) {
            fail(ContentCatalogueTr::tr("%1: \"%2\" must be text.").arg(m_where, QLatin1String(key)));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > maxLength || (required && s.trimmed().isEmpty()))
            fail(ContentCatalogueTr::tr("%1: \"%2\" is empty or longer than %3 characters.")
                     .arg(m_where, QLatin1String(key))
                     .arg(maxLength));
        return s;
    }

    double number(const QJsonObject& o, const char* key, double min, double max, std::optional<double> fallback = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if ((v.isUndefined() || v.isNull()) && fallback)
            return *fallback;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fail(ContentCatalogueTr::tr("%1: \"%2\" must be a number from %3 to %4.").arg(m_where, QLatin1String(key)).arg(min).arg(max));
            return min;
        }
        return v.toDouble();
    }

    QDate date(const QJsonObject& o, const char* key)
    {
        const QDate d = QDate::fromString(text(o, key, 10), Qt::ISODate);
        if (!d.isValid())
            fail(ContentCatalogueTr::tr("%1: \"%2\" must be a date (YYYY-MM-DD).").arg(m_where, QLatin1String(key)));
        return d;
    }

    QJsonArray array(const QJsonObject& o, const char* key, int maxCount)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > maxCount) {
            fail(ContentCatalogueTr::tr("%1: \"%2\" must be a list of 1 to %3 entries.").arg(m_where, QLatin1String(key)).arg(maxCount));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonValue& v)
    {
        if (!v.isObject())
            fail(ContentCatalogueTr::tr("%1: every entry must be an object.").arg(m_where));
        return v.toObject();
    }

    void oneOf(const QString& value, const QStringList& allowed, const char* key)
    {
        if (!value.isEmpty() && !allowed.contains(value))
            fail(ContentCatalogueTr::tr("%1: \"%2\" cannot be \"%3\".").arg(m_where, QLatin1String(key), value.left(40)));
    }

    void fail(const QString& message)
    {
        if (m_problem.isEmpty())
            m_problem = message;
    }
    bool ok() const { return m_problem.isEmpty(); }
    Error error() const { return Error::invalid(m_problem); }
    void setWhere(QString where) { m_where = std::move(where); }

private:
    QString m_where;
    QString m_problem;
};

Result<QJsonObject> parseRoot(const QByteArray& json, const QString& what)
{
    if (json.size() > kMaxContentBytes)
        return Error::invalid(ContentCatalogueTr::tr("The %1 file is too large.").arg(what));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(ContentCatalogueTr::tr("The %1 file is not valid JSON (%2).").arg(what, error.errorString()));
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble())
        return Error::invalid(ContentCatalogueTr::tr("The %1 file has no format version.").arg(what));
    if (format.toInt() > kSupportedFormat)
        return Error::newer(ContentCatalogueTr::tr("The %1 file was made for a newer SCORE Desk (format %2); update to read it.")
                                .arg(what)
                                .arg(format.toInt()));
    return root;
}

const QRegularExpression& keyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.]{0,79}$"));
    return pattern;
}
}  // namespace

int TemplateContent::itemCount() const
{
    int n = 0;
    for (const auto& s : sections)
        n += static_cast<int>(s.items.size());
    return n;
}

Result<ModuleCatalogue> parseModules(const QByteArray& json)
{
    auto root = parseRoot(json, ContentCatalogueTr::tr("modules"));
    if (!root)
        return root.error();
    Reader r(ContentCatalogueTr::tr("modules"));
    ModuleCatalogue catalogue;
    catalogue.released = r.date(*root, "released");
    QSet<QString> codes;
    for (const QJsonValue& v : r.array(*root, "modules", 100)) {
        const QJsonObject o = r.object(v);
        ModuleContent m;
        m.code = r.text(o, "code", 12);
        m.number = static_cast<int>(r.number(o, "number", 1, 99));
        m.name = r.text(o, "name", 200);
        m.mandatory = o.value(QLatin1String("mandatory")).toBool(false);
        m.description = r.text(o, "description", 20000, false);
        if (codes.contains(m.code))
            r.fail(ContentCatalogueTr::tr("modules: the code %1 is used twice.").arg(m.code));
        codes.insert(m.code);
        catalogue.modules.push_back(std::move(m));
    }
    if (!r.ok())
        return r.error();
    return catalogue;
}

Result<TemplateContent> parseTemplate(const QByteArray& json)
{
    auto root = parseRoot(json, ContentCatalogueTr::tr("checklist template"));
    if (!root)
        return root.error();
    Reader r(ContentCatalogueTr::tr("checklist template"));
    TemplateContent t;
    t.module = r.text(*root, "module", 12);
    t.version = static_cast<int>(r.number(*root, "version", 1, 9999));
    t.released = r.date(*root, "released");
    t.title = r.text(*root, "title", 200);
    if (root->contains(QLatin1String("language")))
        t.language = r.text(*root, "language", 20);
    r.setWhere(ContentCatalogueTr::tr("template %1 v%2").arg(t.module).arg(t.version));
    QSet<QString> sectionKeys;
    QSet<QString> itemKeys;
    for (const QJsonValue& sv : r.array(*root, "sections", 50)) {
        const QJsonObject so = r.object(sv);
        ChecklistSectionContent section;
        section.key = r.text(so, "key", 80);
        section.title = r.text(so, "title", 200);
        section.weight = r.number(so, "weight", 0, 100, 1.0);
        if (!keyPattern().match(section.key).hasMatch() || sectionKeys.contains(section.key))
            r.fail(ContentCatalogueTr::tr("template %1: the section key \"%2\" is malformed or repeated.")
                       .arg(t.module, section.key.left(80)));
        sectionKeys.insert(section.key);
        for (const QJsonValue& iv : r.array(so, "items", 200)) {
            const QJsonObject io = r.object(iv);
            ChecklistItemContent item;
            item.key = r.text(io, "key", 80);
            item.text = r.text(io, "text", 2000);
            item.guidance = r.text(io, "guidance", 4000, false);
            item.response = r.text(io, "response", 10);
            r.oneOf(item.response, {QStringLiteral("ynp"), QStringLiteral("scale5"), QStringLiteral("number"), QStringLiteral("text")},
                    "response");
            item.unit = r.text(io, "unit", 40, false);
            item.weight = r.number(io, "weight", 0, 100, 1.0);
            if (!keyPattern().match(item.key).hasMatch() || itemKeys.contains(item.key))
                r.fail(
                    ContentCatalogueTr::tr("template %1: the item key \"%2\" is malformed or repeated.").arg(t.module, item.key.left(80)));
            itemKeys.insert(item.key);
            section.items.push_back(std::move(item));
        }
        t.sections.push_back(std::move(section));
    }
    if (!r.ok())
        return r.error();
    return t;
}

Result<KpiCatalogue> parseKpis(const QByteArray& json)
{
    auto root = parseRoot(json, ContentCatalogueTr::tr("KPI catalogue"));
    if (!root)
        return root.error();
    Reader r(ContentCatalogueTr::tr("KPI catalogue"));
    KpiCatalogue catalogue;
    catalogue.released = r.date(*root, "released");
    QSet<QString> codes;
    for (const QJsonValue& v : r.array(*root, "kpis", 1000)) {
        const QJsonObject o = r.object(v);
        KpiContent k;
        k.code = r.text(o, "code", 60);
        k.module = r.text(o, "module", 12);
        k.name = r.text(o, "name", 200);
        k.unit = r.text(o, "unit", 40);
        k.direction = r.text(o, "direction", 10);
        r.oneOf(k.direction, {QStringLiteral("lower"), QStringLiteral("higher")}, "direction");
        k.numerator = r.text(o, "numerator", 200, false);
        k.denominator = r.text(o, "denominator", 200, false);
        k.factor = r.number(o, "factor", 1e-9, 1e9, 1.0);
        k.period = r.text(o, "period", 10);
        r.oneOf(k.period, {QStringLiteral("monthly"), QStringLiteral("quarterly"), QStringLiteral("yearly")}, "period");
        k.decimals = static_cast<int>(r.number(o, "decimals", 0, 6, 1.0));
        k.typicalBaseline = r.number(o, "typical_baseline", 0, 1e12, 0.0);
        k.description = r.text(o, "description", 4000, false);
        if (!keyPattern().match(k.code).hasMatch() || codes.contains(k.code))
            r.fail(ContentCatalogueTr::tr("KPI catalogue: the code \"%1\" is malformed or repeated.").arg(k.code.left(60)));
        codes.insert(k.code);
        catalogue.kpis.push_back(std::move(k));
    }
    if (!r.ok())
        return r.error();
    return catalogue;
}

Result<CountryCatalogue> parseCountries(const QByteArray& json)
{
    auto root = parseRoot(json, ContentCatalogueTr::tr("countries"));
    if (!root)
        return root.error();
    Reader r(ContentCatalogueTr::tr("countries"));
    CountryCatalogue catalogue;
    catalogue.released = r.date(*root, "released");
    for (const QJsonValue& v : r.array(*root, "countries", 300)) {
        const QJsonObject o = r.object(v);
        CountryContent c;
        c.code = r.text(o, "code", 2);
        c.name = r.text(o, "name", 200);
        c.currency = r.text(o, "currency", 3);
        c.locale = r.text(o, "locale", 20);
        catalogue.countries.push_back(std::move(c));
    }
    if (!r.ok())
        return r.error();
    return catalogue;
}

Result<BuiltinCatalogue> loadBuiltinCatalogue()
{
    auto read = [](const QString& path) -> Result<QByteArray> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::failed(ContentCatalogueTr::tr("Built-in content %1 is missing from this build.").arg(path));
        return file.readAll();
    };
    BuiltinCatalogue catalogue;
    auto modules = read(QStringLiteral(":/content/modules.json"));
    if (!modules)
        return modules.error();
    auto parsedModules = parseModules(*modules);
    if (!parsedModules)
        return parsedModules.error();
    catalogue.modules = std::move(*parsedModules);

    const QStringList templateFiles =
        QDir(QStringLiteral(":/content/templates")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : templateFiles) {
        auto bytes = read(QStringLiteral(":/content/templates/") + name);
        if (!bytes)
            return bytes.error();
        auto t = parseTemplate(*bytes);
        if (!t)
            return t.error();
        catalogue.templates.push_back(std::move(*t));
    }
    auto kpis = read(QStringLiteral(":/content/kpis.json"));
    if (!kpis)
        return kpis.error();
    auto parsedKpis = parseKpis(*kpis);
    if (!parsedKpis)
        return parsedKpis.error();
    catalogue.kpis = std::move(*parsedKpis);
    auto countries = read(QStringLiteral(":/content/countries.json"));
    if (!countries)
        return countries.error();
    auto parsedCountries = parseCountries(*countries);
    if (!parsedCountries)
        return parsedCountries.error();
    catalogue.countries = std::move(*parsedCountries);
    return catalogue;
}

}  // namespace score
