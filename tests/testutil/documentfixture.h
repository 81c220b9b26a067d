#pragma once

#include "store/sqlitecataloguestore.h"
#include "store/sqliteworkspacestore.h"
#include "workspace/workspacedocument.h"

#include <QTemporaryDir>

#include <memory>

namespace sa::test {

// What tests of the workspace's views and models start from: the small fixture catalogue
// and a sample workspace (sampleInfo(), no tools) in a temporary folder, with the document
// over it. Members go in reverse order, the document first.
struct DocumentFixture
{
    QTemporaryDir dir;
    std::unique_ptr<SqliteCatalogueStore> catalogue;
    std::unique_ptr<SqliteWorkspaceStore> store;
    std::unique_ptr<WorkspaceDocument> document;
};

// nullptr, with a test failure, when either file cannot be made.
std::unique_ptr<DocumentFixture> openDocumentFixture();

} // namespace sa::test
