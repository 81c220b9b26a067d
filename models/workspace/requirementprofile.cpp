#include "requirementprofile.h"

#include "io/recordfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace sa {

namespace {

QString at(const QString &file, int line, int column)
{
    return file + u':' + QString::number(line) + u':' + QString::number(column);
}

// "require = CAPABILITY-SLUG IMPORTANCE MIN-STRENGTH", each word checked where it stands.
bool parseRequire(const Record &record,
                  const RecordField &field,
                  RequirementProfile *profile,
                  QHash<QString, QString> *seen,
                  QStringList *errors)
{
    static const QRegularExpression word(QStringLiteral(R"(\S+)"));
    QStringList words;
    std::vector<QString> where;
    for (const QRegularExpressionMatch &m : word.globalMatch(field.value)) {
        words << m.captured();
        where.push_back(at(record.file, field.line, field.column + int(m.capturedStart())));
    }
    if (words.size() != 3) {
        *errors << record.where(&field)
                       + u": expected 'CAPABILITY-SLUG IMPORTANCE MIN-STRENGTH', e.g. "
                         u"'lead-scoring must 2'";
        return false;
    }
    Requirement r;
    r.capabilitySlug = words[0];
    bool ok = true;
    if (!isValidSlug(r.capabilitySlug)) {
        *errors << where[0] + u": '" + words[0]
                       + u"' is not a capability slug (lower-case letters, digits and single "
                         u"dashes)";
        ok = false;
    }
    if (words[1] == u"must")
        r.importance = Importance::Must;
    else if (words[1] == u"should")
        r.importance = Importance::Should;
    else if (words[1] == u"nice")
        r.importance = Importance::Nice;
    else {
        *errors << where[1] + u": '" + words[1]
                       + u"' is not an importance (expected must, should or nice)";
        ok = false;
    }
    static const QRegularExpression strength(QStringLiteral("^[123]$"));
    if (strength.match(words[2]).hasMatch()) {
        r.minStrength = words[2].toInt();
    } else {
        *errors << where[2] + u": '" + words[2]
                       + u"' is not a minimum strength (expected 1 basic, 2 solid or 3 leading)";
        ok = false;
    }
    if (!ok)
        return false;
    const auto first = seen->constFind(r.capabilitySlug);
    if (first != seen->constEnd()) {
        *errors << where[0] + u": '" + r.capabilitySlug + u"' is required twice (first at " + *first
                       + u")";
        return false;
    }
    seen->insert(r.capabilitySlug, where[0]);
    profile->requirements.push_back(r);
    profile->locations << where[0];
    return true;
}

RequirementProfile readRecord(const Record &record, QStringList *errors)
{
    static const QStringList allowed{
        QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("require")};
    RequirementProfile profile;
    profile.slug = record.slug;
    profile.name = record.value(u"name");
    profile.description = record.value(u"description");
    QHash<QString, QString> seen;
    for (const RecordField &f : record.fields) {
        if (!allowed.contains(f.key))
            *errors << record.where(&f) + u": unknown key '" + f.key + u"' (expected one of: "
                           + allowed.join(u", ") + u")";
        else if (f.key == u"require")
            parseRequire(record, f, &profile, &seen, errors);
        else if (record.field(f.key) != &f)
            *errors << record.where(&f) + u": '" + f.key + u"' is given twice";
    }
    for (const char16_t *key : {u"name", u"description"}) {
        const RecordField *f = record.field(key);
        if (!f || f->value.isEmpty())
            *errors << record.where(f) + u": [" + record.slug + u"] needs a non-empty '"
                           + QString::fromUtf16(key) + u"'";
    }
    if (record.all(u"require").empty())
        *errors << record.where() + u": [" + record.slug + u"] needs at least one 'require'";
    return profile;
}

} // namespace

RequirementProfileReadResult parseRequirementProfile(const QByteArray &text,
                                                     const QString &displayName)
{
    RecordFileResult parsed = parseRecords(text, displayName);
    RequirementProfileReadResult result;
    result.errors = parsed.errors;
    if (parsed.records.empty() && parsed.errors.isEmpty())
        result.errors << at(displayName, 1, 1) + u": no [slug] line: the file holds no profile";
    for (size_t i = 0; i < parsed.records.size(); ++i) {
        const Record &record = parsed.records[i];
        if (i > 0) {
            result.errors << record.where() + u": a second profile [" + record.slug
                                 + u"] (one profile per file)";
            continue;
        }
        result.profiles.push_back(readRecord(record, &result.errors));
    }
    return result;
}

RequirementProfileReadResult readRequirementProfileFolder(const QString &dir)
{
    RequirementProfileReadResult result;
    const QStringList names
        = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        result.errors << dir + u":1:1: no profiles (*.txt files) in the folder";
    for (const QString &name : names) {
        QFile file(dir + u'/' + name);
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors << at(name, 1, 1) + u": cannot read the file: " + file.errorString();
            continue;
        }
        RequirementProfileReadResult one = parseRequirementProfile(file.readAll(), name);
        result.errors << one.errors;
        const QString expected = QFileInfo(name).completeBaseName();
        for (RequirementProfile &p : one.profiles) {
            if (p.slug != expected)
                result.errors << at(name, 1, 1) + u": the profile is [" + p.slug
                                     + u"] but the file is " + name + u" (name the file " + p.slug
                                     + u".txt)";
            result.profiles.push_back(std::move(p));
        }
    }
    return result;
}

const RequirementProfile *findRequirementProfile(const std::vector<RequirementProfile> &profiles,
                                                 const QString &key)
{
    for (const RequirementProfile &p : profiles) {
        if (p.slug == key)
            return &p;
    }
    for (const RequirementProfile &p : profiles) {
        if (p.name.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QStringList unknownProfileCapabilities(const std::vector<RequirementProfile> &profiles,
                                       const QSet<QString> &known)
{
    QStringList problems;
    for (const RequirementProfile &p : profiles) {
        for (size_t i = 0; i < p.requirements.size(); ++i) {
            if (!known.contains(p.requirements[i].capabilitySlug))
                problems << p.locations.value(qsizetype(i)) + u": unknown capability '"
                                + p.requirements[i].capabilitySlug + u"'";
        }
    }
    return problems;
}

} // namespace sa
