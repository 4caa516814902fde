#pragma once
// A small RAII layer over the SQLite C API: a non-copyable connection and prepared statements.
// sqlite3 stays out of every public header; every value reaches SQL through a bound parameter.

#include "util/Result.h"
#include "util/SqlValue.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace score {

class Database;

class Statement {
public:
    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, QStringView value);
    Statement& bind(int index, const char16_t* value) { return bind(index, QStringView(value)); }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const SqlValue& value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    Statement& bindOptional(int index, const std::optional<QString>& value);

    // Steps once; true while a row is available. Errors are reported through ok()/error().
    bool next();
    // Runs a statement that returns no rows; resets it for reuse.
    Status exec();
    void reset();

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    SqlValue value(int column) const;
    std::optional<QString> optionalText(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, Database* db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt* m_stmt = nullptr;
    Database* m_db = nullptr;
    QString m_error;
    bool m_done = false;
};

class Database {
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    static Result<Database> open(const QString& path, OpenMode mode);

    bool isOpen() const { return m_db != nullptr; }
    const QString& path() const { return m_path; }
    void close();

    // Prepares once; check isValid()/error on the result.
    Result<Statement> prepare(QStringView sql);
    // Runs one or more statements without parameters (schema, pragmas).
    Status execute(QStringView sql);
    // Runs a query that returns a single integer (counts, pragmas).
    Result<qint64> scalar(QStringView sql);

    QString lastErrorMessage() const;
    int lastErrorCode() const;
    qint64 changes() const;
    bool inTransaction() const;

    // Copies the whole database into another file with SQLite's online backup API.
    Status backupTo(const QString& targetPath) const;
    // Replaces this database's content with another file's, with the backup API.
    Status restoreFrom(const QString& sourcePath);

    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

// One transaction per user action: commits when told, rolls back if it goes out of scope first.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    const Status& begun() const { return m_begun; }
    Status commit();
    void rollback();

private:
    Database* m_db;
    Status m_begun;
    bool m_open = false;
};

// Turns a raw SQLite failure into a sentence a user can act on (disk full, read-only, busy…).
QString describeSqliteFailure(int code, const QString& detail);

}  // namespace score
