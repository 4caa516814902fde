#pragma once
// Cuts a byte stream that arrives in chunks of any size (a ZIP entry being inflated) into its
// newline-separated lines, without copying a line that lies whole inside one chunk.
// Kept apart from BundleReader so the stream handling can be fuzzed on its own.

#include "util/Result.h"

#include <QByteArray>

#include <functional>

namespace score {

class LineSplitter {
public:
    // `onLine` receives each line without its newline; empty lines are passed over. The bytes
    // passed to it are only valid during the call. A line longer than `maxLineBytes` fails.
    using LineHandler = std::function<Status(const QByteArray& line)>;
    LineSplitter(qsizetype maxLineBytes, LineHandler onLine);

    Status add(const char* data, qsizetype size);
    // The last line, when the stream does not end with a newline.
    Status finish();

private:
    Status deliver(const QByteArray& line);

    qsizetype m_maxLineBytes;
    LineHandler m_onLine;
    QByteArray m_pending;
};

}  // namespace score
