#pragma once
// What the record rules (rules/RecordRules.h) ask of a workspace, answered from its records:
// another record's field, the SCORE modules, today's date on the workspace's clock.

#include "rules/RecordRules.h"
#include "storage/Workspace.h"

namespace score {

class WorkspaceRuleContext final : public RuleContext {
public:
    explicit WorkspaceRuleContext(Workspace& ws) : m_ws(&ws) {}

    QDate today() const override { return m_ws->clock().today(); }
    FieldValue lookup(QStringView entity, const QString& id, QStringView field) override;
    QStringList moduleCodes() override;

private:
    Workspace* m_ws;
};

}  // namespace score
