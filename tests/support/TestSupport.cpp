#include "support/TestSupport.h"

#include "domain/NaturalIds.h"
#include "storage/CanonicalDump.h"

#include <QBuffer>
#include <QProcess>

#include <csignal>

std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }

namespace score::test {

TempDir::TempDir() { REQUIRE(m_dir.isValid()); }

FileSizeLimit::FileSizeLimit(rlim_t bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    REQUIRE(getrlimit(RLIMIT_FSIZE, &m_old) == 0);
    rlimit limited = m_old;
    limited.rlim_cur = bytes;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
}

FileSizeLimit::~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }

TestWorkspace makeWorkspace(const QString& path, const QString& deviceName, quint64 seed)
{
    TestWorkspace t;
    t.clock = std::make_unique<ManualClock>(kTestEpochMs);
    WorkspaceOptions options;
    options.clock = t.clock.get();
    options.randomSeed = seed;
    auto ws = createWorkspace(path, deviceName, deviceName + QStringLiteral(" user"), options);
    INFO((ws ? QString() : ws.message()).toStdString());
    REQUIRE(ws.ok());
    t.ws = std::move(*ws);
    return t;
}

TestWorkspace openWorkspace(const QString& path, quint64 seed)
{
    TestWorkspace t;
    t.clock = std::make_unique<ManualClock>(kTestEpochMs);
    WorkspaceOptions options;
    options.clock = t.clock.get();
    options.randomSeed = seed;
    auto ws = Workspace::open(path, options);
    INFO((ws ? QString() : ws.message()).toStdString());
    REQUIRE(ws.ok());
    t.ws = std::move(*ws);
    return t;
}

QString addEnterprise(Workspace& ws, const QString& name)
{
    RecordEditor editor(ws);
    auto cohort = editor.create(u"cohort", {{QStringLiteral("name"), QStringLiteral("Binh Duong garments 2026")},
                                            {QStringLiteral("country_id"), naturalid::country(u"VN")}});
    REQUIRE(cohort.ok());
    auto enterprise = editor.create(u"enterprise", {{QStringLiteral("name"), name},
                                                    {QStringLiteral("cohort_id"), *cohort},
                                                    {QStringLiteral("country_id"), naturalid::country(u"VN")},
                                                    {QStringLiteral("sector"), QStringLiteral("garments_textiles")},
                                                    {QStringLiteral("employees_total"), qint64(180)}});
    INFO((enterprise ? QString() : enterprise.message()).toStdString());
    REQUIRE(enterprise.ok());
    return *enterprise;
}

QString canonicalDump(Workspace& ws)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeCanonicalDump(ws, buffer).ok());
    return QString::fromUtf8(buffer.data());
}

CliResult runScorectl(const QStringList& args, const QByteArray& stdinData)
{
    QProcess process;
    process.start(QStringLiteral(SCORECTL_PATH), args);
    REQUIRE(process.waitForStarted());
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(600000));
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

}  // namespace score::test
