#include "ssh/Glob.h"

namespace hadesk::ssh {

bool globMatch(QStringView pattern, QStringView text, Qt::CaseSensitivity cs)
{
    // Iterative, with one backtracking point per '*': linear in practice, no recursion depth to
    // exhaust on hostile input.
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        const bool same = p < pattern.size() &&
                          (pattern[p] == u'?' ||
                           (cs == Qt::CaseSensitive ? pattern[p] == text[t]
                                                    : pattern[p].toLower() == text[t].toLower()));
        if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (same) {
            ++p;
            ++t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool patternListMatches(const QStringList& patterns, QStringView text, Qt::CaseSensitivity cs)
{
    bool matched = false;
    for (const QString& pattern : patterns) {
        if (pattern.startsWith(u'!')) {
            if (globMatch(QStringView(pattern).mid(1), text, cs))
                return false; // a matching negation rules it out whatever else matches
        } else if (globMatch(pattern, text, cs)) {
            matched = true;
        }
    }
    return matched;
}

} // namespace hadesk::ssh
