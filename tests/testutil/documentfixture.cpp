#include "documentfixture.h"

#include "storefixture.h"
#include "workspacefixture.h"

namespace sa::test {

std::unique_ptr<DocumentFixture> openDocumentFixture()
{
    auto fixture = std::make_unique<DocumentFixture>();
    fixture->catalogue
        = openSmallCatalogue(fixture->dir.filePath(QStringLiteral("catalogue.sqlite")));
    fixture->store = createSampleWorkspace(fixture->dir.filePath(QStringLiteral("w.stackatlas")));
    if (!fixture->catalogue || !fixture->store)
        return nullptr;
    fixture->document = std::make_unique<WorkspaceDocument>(fixture->store.get());
    return fixture;
}

} // namespace sa::test
