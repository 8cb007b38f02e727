#pragma once

#include "Error.h"

#include <QDate>
#include <QString>

namespace viptill {

// The joining form (办卡申请表) of domain.md.
struct Application
{
    QString name;
    QString gender; // "F" or "M"
    QDate birthday;
    QString idNumber;
    QString mobile;
    QString address;
    QString category; // the main product category bought
};

// Checks each field; the first fault found is returned, naming the field.
// The ID number must pass its GB 11643 check and carry the same birthday.
Status validateApplication(const Application& form, QDate today);

// The same checks, one error per faulty field, for a form that shows each
// next to its field.
QList<Error> applicationFaults(const Application& form, QDate today);

// The checks of the person alone — name, gender, birthday, the ID number
// with its check digit and birthday, mobile — one error per faulty field:
// what a member brought from the store's old system must pass too (the
// address and main category are the form's own).
QList<Error> personFaults(const Application& form, QDate today);

} // namespace viptill
