#pragma once
// The rules of SCORE records beyond one field's type (FieldValidation.h checks those): what a
// change implies for other fields (an action marked done records when it was completed) and
// what a whole record must satisfy (a due date not before the action starts; women and men
// adding up to the workforce). One set of rules for every way data enters: RecordEditor
// applies them to local edits (the desktop, scorectl, spreadsheet import) and refuses what
// breaks a rule; bundle import reports them (a merged record is what two devices wrote, and
// refusing it would keep devices apart — see BundleImporter). Warnings never refuse: a
// counsellor may know why an enterprise has 300 employees.

#include "domain/EntitySchema.h"
#include "util/SqlValue.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace score {

struct RuleFinding {
    enum class Severity { Refusal, Warning };
    Severity severity = Severity::Refusal;
    QStringList fields;  // the fields it is about, the one to correct first
    QString message;     // one sentence for the user

    bool involves(QStringView field) const { return fields.contains(field); }
};

struct RuleReport {
    std::vector<RuleFinding> findings;

    bool refused() const;
    // The first refusal's sentence (empty when nothing is refused).
    QString refusal() const;
    QStringList warnings() const;
    // Every sentence about `field`, refusals first.
    QStringList messagesFor(QStringView field) const;
    // The first refusal, or the first that involves one of `fields` (what an edit of them may
    // not do).
    const RuleFinding* firstRefusal() const;
    const RuleFinding* firstRefusalInvolving(const QStringList& fields) const;
};

// What the rules need to know beyond the record itself. Storage answers from the workspace.
class RuleContext {
public:
    virtual ~RuleContext() = default;
    virtual QDate today() const = 0;
    // A field of another live record (the date of an action's visit, a KPI's unit); empty when
    // the record or the value does not exist.
    virtual FieldValue lookup(QStringView entity, const QString& id, QStringView field) = 0;
    // The codes of the SCORE modules this workspace knows, in programme order.
    virtual QStringList moduleCodes() = 0;
};

// Fields a change implies, added to the change. `before` holds the stored values (null for a
// new record), `after` the values once the change is made and `changed` the fields it sets;
// both grow with what the rules derive.
void deriveFields(const EntitySpec& spec, const std::vector<FieldValue>* before, std::vector<FieldValue>& after, std::vector<int>& changed,
                  RuleContext& context);

// The findings on a record whose fields hold `values` (in the order of spec.fields).
RuleReport checkRecord(const EntitySpec& spec, const std::vector<FieldValue>& values, RuleContext& context);

// The module codes of a cohort's plan ("WC,QM,CP"), in order.
QStringList modulePlanCodes(QStringView plan);

}  // namespace score
