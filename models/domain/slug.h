#pragma once

#include <QString>

namespace sa {

// Lower-case ASCII words joined by '-': "Adobe Marketo Engage" -> "adobe-marketo-engage".
// Accents are dropped ("Brevo Pró" -> "brevo-pro"), '&' and '+' become words so that
// "AT&T" and "Google+" stay distinct from "ATT" and "Google".
QString slugify(const QString &text);

} // namespace sa
