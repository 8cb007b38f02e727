#pragma once

#include <QString>

namespace viptill {

// Builds a demo store in a temporary file, drives the till into each of its
// states and saves every screen as a PNG in `folder`. Returns 0 on success.
int renderScreenshots(const QString& folder);

} // namespace viptill
