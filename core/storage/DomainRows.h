#pragma once
// Plain rows read from a workspace for views and reports: what a screen or a page shows about
// enterprises, visits, assessments, improvement actions and KPI readings. No widgets, no SQL
// here; the queries live next to them (DomainQueries.h).

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace score {

struct CohortRow {
    QString id;
    QString name;
    QString countryCode;
    QString countryName;
    QString counterpart;
    QString sector;
    QDate start;
    QDate end;
    int enterprises = 0;
    bool archived = false;
    QString region;
};

// What an enterprise's list row counts ("at a glance"); DomainQueries defines them.
struct EnterpriseCounts {
    int visits = 0;
    QDate lastVisit;
    int openActions = 0;
    int overdueActions = 0;
    int doneActions = 0;
};

// One enterprise as lists show it: the enterprise list, the navigation tree, pickers. A profile
// (EnterpriseRow, below) has 2.5 times the columns and two more joins; a list of hundreds of
// enterprises is read at start-up, so it reads only what a list shows.
struct EnterpriseListRow {
    QString id;
    QString name;
    QString cohortId;
    QString cohortName;
    QString countryName;
    QString currency;
    QString locale;
    QString sector;
    QString city;
    std::optional<qint64> employees;
    std::optional<qint64> women;
    EnterpriseCounts counts;  // read apart (see DomainQueries::enterpriseCounts)
    bool archived = false;    // it or its cohort: kept with its history, out of the lists unless asked for

    // Women's share of the workforce (0 to 1), when both numbers are known.
    std::optional<double> womenShare() const
    {
        if (!women || !employees || *employees <= 0)
            return std::nullopt;
        return static_cast<double>(*women) / static_cast<double>(*employees);
    }
};

// An enterprise's profile: what its list row shows and the rest.
struct EnterpriseRow : EnterpriseListRow {
    QString countryCode;
    QString products;
    QString address;
    std::optional<qint64> men;
    std::optional<qint64> permanentStaff;
    std::optional<qint64> temporaryStaff;
    std::optional<qint64> supplyChainTier;
    QString mainBuyers;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    QString managerId;
    QString managerName;
    QString counsellorId;
    QString counsellorName;
    QDate enrolledOn;
    QString notes;
};

struct EitMemberRow {
    QString id;
    QString personId;
    QString name;
    QString gender;
    QString jobTitle;
    QString side;
    QString employment;
    QString role;
    QDate joinedOn;
    QDate leftOn;
};

struct PersonRow {
    QString id;
    QString name;
    QString gender;
    QString role;
    QString jobTitle;
    QString enterpriseId;
    QString enterpriseName;  // everyone() only
    bool archived = false;   // everyone() only
};

struct VisitRow {
    QString id;
    QString enterpriseId;
    QString enterpriseName;
    QString moduleId;
    QString moduleCode;
    QString moduleName;
    QString type;
    QDate date;
    std::optional<double> durationHours;
    QString counsellorId;
    QString counsellorName;
    std::optional<qint64> participantsWomen;
    std::optional<qint64> participantsMen;
    std::optional<qint64> managersPresent;
    std::optional<qint64> workersPresent;
    bool eitMet = false;
    std::optional<qint64> projectsReviewed;
    QString observations;
    QDate nextVisitDate;
    QDate counsellorSignedOn;
    QDate managerSignedOn;
    QString managerSignedBy;
};

struct FindingRow {
    QString id;
    QString enterpriseId;
    QString visitId;
    QString moduleCode;
    QString itemKey;
    QString title;
    QString description;
    QString severity;
    QString area;
};

struct AttachmentRow {
    QString id;
    QString ownerKind;
    QString ownerId;
    QString sha256;
    QString mimeType;
    qint64 size = 0;
    QString fileName;
    QString caption;
    QDate takenOn;
};

struct AssessmentRow {
    QString id;
    QString enterpriseId;
    QString templateId;
    QString moduleCode;
    int templateVersion = 0;
    QString visitId;
    QString kind;
    QDate date;
    QString status;
};

struct ResponseRow {
    QString id;
    QString itemId;
    QString itemKey;
    QString answer;
    QString comment;
};

struct ActionRow {
    QString id;
    QString enterpriseId;
    QString enterpriseName;
    QString moduleId;
    QString moduleCode;
    QString visitId;
    QString findingId;
    QString title;
    QString area;
    QString rootCause;
    QString description;
    QString ownerId;
    QString ownerName;
    QDate startDate;
    QDate dueDate;
    QString status;
    QString priority;
    std::optional<double> cost;
    std::optional<double> estimatedSavings;
    std::optional<double> verifiedSavings;
    QString kpiId;
    QString kpiName;
    std::optional<double> kpiBefore;
    std::optional<double> kpiAfter;
    QString approval;
    QString approvedBy;
    QString approvedByName;
    QDate approvalDate;
    QString approvalComment;
    QDate completedOn;

    bool isOpen() const { return status != u"done" && status != u"dropped"; }
    bool isOverdue(const QDate& today) const { return isOpen() && dueDate.isValid() && dueDate < today; }
};

struct KpiReadingRow {
    QString id;
    QString enterpriseId;
    QString kpiId;
    QString period;
    QString kind;
    double value = 0;
    std::optional<double> numerator;
    std::optional<double> denominator;
    QString note;
    QString source;
};

struct ModuleReportRow {
    QString id;
    QString enterpriseId;
    QString moduleCode;
    QString counsellorName;
    QDate periodStart;
    QDate periodEnd;
    QString summary;
    QString status;
    QDate submittedOn;
    QString reviewerName;
    QString reviewComment;
    QDate reviewedOn;
};

struct SuggestionRow {
    QString id;
    QString enterpriseId;
    QDate submittedOn;
    QString submitterGender;
    QString category;
    QString text;
    QString status;
    QDate implementedOn;
    QString benefit;
    std::optional<double> estimatedSaving;
};

struct HazardRow {
    QString id;
    QString enterpriseId;
    QString location;
    QString hazard;
    QString consequence;
    int likelihood = 0;
    int severity = 0;
    QString control;
    QString controlType;
    QString ownerName;
    QDate identifiedOn;
    QDate dueDate;
    QDate closedOn;
    QString status;
    int risk() const { return likelihood * severity; }
};

}  // namespace score
