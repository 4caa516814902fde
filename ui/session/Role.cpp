#include "session/Role.h"

#include <QCoreApplication>

namespace score {

QString roleName(Role role)
{
    switch (role) {
    case Role::Counsellor: return QStringLiteral("counsellor");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Trainer: return QStringLiteral("trainer");
    }
    return QStringLiteral("counsellor");
}

Role roleFromName(const QString& name)
{
    if (name == u"manager")
        return Role::Manager;
    if (name == u"trainer")
        return Role::Trainer;
    return Role::Counsellor;
}

std::optional<Role> roleOfPerson(QStringView personRole)
{
    if (personRole == u"counsellor")
        return Role::Counsellor;
    if (personRole == u"enterprise_manager")
        return Role::Manager;
    if (personRole == u"expert_trainer" || personRole == u"programme_staff")
        return Role::Trainer;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Counsellor: return QCoreApplication::translate("score::Role", "Counsellor");
    case Role::Manager: return QCoreApplication::translate("score::Role", "Enterprise manager");
    case Role::Trainer: return QCoreApplication::translate("score::Role", "Trainer / programme staff");
    }
    return {};
}

}  // namespace score
