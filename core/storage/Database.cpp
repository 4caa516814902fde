#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

namespace score {

namespace {
struct DatabaseTr {
    Q_DECLARE_TR_FUNCTIONS(score::Database)
};

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A workspace holds people's names, genders and photos: its file is created readable by its
// owner only, whatever the umask. SQLite gives the -wal and -shm files the database's mode.
void createPrivately(const QString& path)
{
    QFile file(path);
    // When it cannot (no such folder), SQLite's own open says why in its words.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        file.close();
}

// A workspace made before files were private loses the group's and others' access when this
// device opens it for writing; its owner's own access is left as it was.
void keepPrivate(const QString& path)
{
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const QFileDevice::Permissions now = QFile::permissions(file);
        const QFileDevice::Permissions shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (now & shared)
            QFile::setPermissions(file, now & ~shared);
    }
}
}  // namespace

QString describeSqliteFailure(int code, const QString& detail)
{
    switch (code & 0xFF) {
    case SQLITE_FULL: return DatabaseTr::tr("The disk is full; nothing was saved. Free some space and try again.");
    case SQLITE_READONLY: return DatabaseTr::tr("The workspace file cannot be written (it is read-only or on a read-only disk).");
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return DatabaseTr::tr("The workspace is busy in another program; close it there and try again.");
    case SQLITE_IOERR: return DatabaseTr::tr("The disk reported an error while saving; nothing was saved (%1).").arg(detail);
    case SQLITE_CORRUPT: return DatabaseTr::tr("The workspace file is damaged. Restore it from a backup.");
    case SQLITE_NOTADB: return DatabaseTr::tr("The file is not a SCORE Desk workspace.");
    case SQLITE_CANTOPEN: return DatabaseTr::tr("The workspace file cannot be opened (missing folder or no permission).");
    case SQLITE_CONSTRAINT: return DatabaseTr::tr("The change was refused because it would break the workspace's rules (%1).").arg(detail);
    default: return DatabaseTr::tr("The workspace could not be read or written (%1).").arg(detail);
    }
}

// ---- Statement ---------------------------------------------------------------------------------

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_error(std::move(other.m_error)), m_done(other.m_done)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_error = std::move(other.m_error);
        m_done = other.m_done;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QString& value) { return bind(index, QStringView(value)); }

Statement& Statement::bind(int index, QStringView value)
{
    if (value.isNull()) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return *this;
    }
    // The workspace is UTF-8: converting here with Qt's (vectorised) codec spares SQLite its
    // own character-by-character translation from UTF-16.
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const SqlValue& value)
{
    if (const auto* i = std::get_if<qint64>(&value))
        return bind(index, *i);
    if (const auto* d = std::get_if<double>(&value))
        return bind(index, *d);
    if (const auto* s = std::get_if<QString>(&value))
        return bind(index, QStringView(*s));
    return bindNull(index);
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    sqlite3_bind_blob64(m_stmt, index, value.constData(), static_cast<sqlite3_uint64>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptional(int index, const std::optional<QString>& value) { return value ? bind(index, *value) : bindNull(index); }

bool Statement::next()
{
    if (!m_stmt || m_done)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc != SQLITE_DONE)
        m_error = describeSqliteFailure(rc, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    return false;
}

Status Statement::exec()
{
    if (!m_stmt)
        return Error::failed(QStringLiteral("statement not prepared"));
    const int rc = sqlite3_step(m_stmt);
    Status result;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        result = Error::io(describeSqliteFailure(rc, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)))));
    }
    reset();
    return result;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_done = false;
    m_error.clear();
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QString Statement::text(int column) const
{
    // UTF-8, the workspace's encoding, read as is: asked for UTF-16, SQLite translates every
    // value character by character into a buffer of its own, which Qt then copies.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    if (bytes == 0)
        return QStringLiteral("");  // empty, as stored; a null QString means SQL NULL
    return QString::fromUtf8(data, bytes);
}

qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(static_cast<const char*>(data), bytes);
}

SqlValue Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return integer(column);
    case SQLITE_FLOAT: return real(column);
    case SQLITE_TEXT: return text(column);
    case SQLITE_BLOB: return QString::fromUtf8(blob(column));
    default: return std::monostate{};
    }
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

// ---- Database ----------------------------------------------------------------------------------

Database::Database(Database&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)) {}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Database> Database::open(const QString& path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    if (mode == OpenMode::ReadWriteCreate && !QFileInfo::exists(path))
        createPrivately(path);
    if (mode != OpenMode::ReadOnly)
        keepPrivate(path);
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
        if (handle)
            sqlite3_close_v2(handle);
        return Error::io(describeSqliteFailure(rc, detail));
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, 5000);
    Database db;
    db.m_db = handle;
    db.m_path = path;
    return db;
}

Result<Statement> Database::prepare(QStringView sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare16_v3(m_db, sql.utf16(), static_cast<int>(sql.size() * 2), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return Error::io(describeSqliteFailure(rc, lastErrorMessage()));
    return Statement(stmt, this);
}

Status Database::execute(QStringView sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : lastErrorMessage();
        sqlite3_free(message);
        return Error::io(describeSqliteFailure(rc, detail));
    }
    return {};
}

Result<qint64> Database::scalar(QStringView sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (stmt->next())
        return stmt->integer(0);
    if (!stmt->ok())
        return Error::io(stmt->error());
    return qint64(0);
}

QString Database::lastErrorMessage() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }
int Database::lastErrorCode() const { return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE; }
qint64 Database::changes() const { return sqlite3_changes64(m_db); }
bool Database::inTransaction() const { return m_db && !sqlite3_get_autocommit(m_db); }

namespace {
Status copyDatabase(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Error::io(describeSqliteFailure(sqlite3_extended_errcode(to), QString::fromUtf8(sqlite3_errmsg(to))));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 4096);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error::io(describeSqliteFailure(rc, QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}
}  // namespace

Status Database::backupTo(const QString& targetPath) const
{
    auto target = Database::open(targetPath, OpenMode::ReadWriteCreate);
    if (!target)
        return target.error();
    SCORE_TRY(copyDatabase(m_db, target->m_db));
    // A backup is a single self-contained file: no WAL next to it.
    return target->execute(u"PRAGMA journal_mode=DELETE");
}

Status Database::restoreFrom(const QString& sourcePath)
{
    auto source = Database::open(sourcePath, OpenMode::ReadOnly);
    if (!source)
        return source.error();
    return copyDatabase(source->m_db, m_db);
}

// ---- Transaction -------------------------------------------------------------------------------

Transaction::Transaction(Database& db) : m_db(&db)
{
    m_begun = db.execute(u"BEGIN IMMEDIATE");
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error::failed(QStringLiteral("transaction already ended"))) : m_begun;
    Status result = m_db->execute(u"COMMIT");
    if (!result.ok()) {
        rollback();
        return result;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (m_open && m_db->inTransaction())
        (void)m_db->execute(u"ROLLBACK");  // nothing more to do if even the rollback fails
    m_open = false;
}

}  // namespace score
