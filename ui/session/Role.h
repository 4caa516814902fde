#pragma once
// Who is using SCORE Desk right now. A workflow aid, not a security boundary: it decides which
// view opens first and which actions are offered (managers approve plans; trainers see cohort
// dashboards and reports).

#include <QString>

#include <optional>

namespace score {

enum class Role { Counsellor, Manager, Trainer };

QString roleName(Role role);  // stored in settings: counsellor, manager, trainer
Role roleFromName(const QString& name);
QString roleLabel(Role role);  // translated, for menus
// The way of working of a person whose role in the programme is `personRole` (a person record's
// role: counsellor, expert_trainer, programme_staff, enterprise_manager); none for another role.
std::optional<Role> roleOfPerson(QStringView personRole);

}  // namespace score
