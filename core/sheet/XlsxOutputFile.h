#pragma once
// An XLSX file while libxlsxwriter writes it: under a temporary name beside its target, made
// with the permissions a new file gets from the umask (libxlsxwriter keeps them when it
// overwrites the file); libxlsxwriter's own temporary files in the same folder, not in /tmp,
// which may be a small tmpfs or another disk; moved over the target only when complete and
// read back. Whatever fails, no temporary file stays and the target is as it was.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

struct lxw_workbook;

namespace score {

class XlsxOutputFile {
public:
    explicit XlsxOutputFile(QString path);
    ~XlsxOutputFile();
    XlsxOutputFile(const XlsxOutputFile&) = delete;
    XlsxOutputFile& operator=(const XlsxOutputFile&) = delete;

    // The workbook to fill. With `constantMemory` each row goes to disk when the next begins
    // (rows must come in order, and texts are stored in the cells, not as shared strings).
    Result<lxw_workbook*> open(bool constantMemory);
    // Closes the workbook (libxlsxwriter writes the archive only now), has `check` read the
    // finished file, then moves it into place. `firstError` is the first libxlsxwriter error
    // met while filling the workbook (0 for none). The check is not optional: libxlsxwriter
    // 1.1.4 does not notice a failed write to its temporary files (a full disk, ulimit -f), zips
    // a sheet cut short and reports success.
    Status finish(int firstError, const std::function<Status(const QString& written)>& check);

    // "%1 cannot be written: %2." for the target.
    Error failure(const QString& reason) const;
    // What a check says when the file does not read back as written.
    Error incomplete() const;
    // The sentence for a libxlsxwriter error.
    Error failure(int lxwError) const;

private:
    void discard();

    QString m_target;
    QString m_temporary;
    QByteArray m_folder;  // libxlsxwriter's tmpdir, alive as long as the workbook
    lxw_workbook* m_workbook = nullptr;
};

}  // namespace score
