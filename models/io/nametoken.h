#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace sa {

// One word of a tool name, folded so that spelling variants compare equal: lower case,
// accents dropped, "&" read as "and" and "+" as "plus". The matcher treats a word by where
// it stood, so that is kept: "(marketing team)" is a note, "monday.com - Work OS" has a
// trailing description, ".com" glued to a word is a domain while "AI" on its own may be
// part of the name, and "PRO" in capitals inside "Piwik PRO" is the brand's spelling.
// Words are compared by a 64-bit hash of their text, never by allocating strings.
struct NameToken
{
    QStringView text;       // into the FoldedName that made it
    quint64 hash = 0;       // wordHash(text)
    int segment = 0;        // 0 before the first " - ", ":", "|" or ";", then 1, 2, ...
    bool bracketed = false; // inside (...), [...] or {...}
    bool afterDot = false;  // glued to the previous word by a dot: "monday.com"
    bool shouted = false;   // written in capitals, two letters or more
    quint16 roles = 0;      // what the word is to NameReducer (edition, legal form, ...)
};

using NameWords = std::vector<NameToken>;

// Splits and folds a name in one pass, linear in its length, into one buffer that its
// words view. Punctuation other than the separators above only separates words;
// apostrophes join them ("Raiser's" -> "raisers"); dotted initials are one word ("S.A.").
class FoldedName
{
public:
    FoldedName() = default;
    explicit FoldedName(QStringView text);
    // Folds another name, reusing this one's memory (building an index folds thousands).
    void assign(QStringView text);
    FoldedName(FoldedName &&) = default;
    FoldedName &operator=(FoldedName &&) = default;
    FoldedName(const FoldedName &) = delete; // the words view this object's buffer
    FoldedName &operator=(const FoldedName &) = delete;

    const NameWords &words() const { return m_words; }
    bool hasLowerCase() const { return m_hasLowerCase; } // as written

private:
    QString m_buffer;
    NameWords m_words;
    bool m_hasLowerCase = false;
};

// The identity of a word (a multiplicative hash over its UTF-16 code units, four at a
// time), of a sequence of words (the exact key, mixed from the words' hashes), and of words
// run together (the compact key, over all their letters: equal for "Mail Chimp" and
// "Mailchimp"). Collisions are as likely as two of a catalogue's names hashing alike in
// 64 bits: negligible.
quint64 wordHash(QStringView word);
quint64 joinedHash(const NameWords &words, size_t from, size_t count);
quint64 joinedHash(const NameWords &words);
quint64 compactHash(const NameWords &words, size_t from = 0);

// Words joined by spaces, for messages and tests.
QString joinedText(const NameWords &words);

} // namespace sa
