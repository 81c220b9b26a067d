#include "inventoryexportfile.h"

#include "io/inventoryexport.h"
#include "workspace/workspacestore.h"

#include <QFileInfo>

namespace sa {

Expected<int> exportInventoryFile(const WorkspaceStore &store,
                                  const std::vector<Category> &categories,
                                  const QString &path)
{
    InventoryExportData data;
    data.tools = store.tools();
    data.integrations = store.integrations();
    data.products = store.products();
    data.capabilities = store.capabilities();
    data.categories = categories;
    data.currency = store.info().currency;
    const int count = int(data.tools.size());
    const InventoryExport exporter(std::move(data));
    const bool workbook = QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0;
    CsvWriteOptions csv;
    csv.utf8Bom = true;
    const Status written = workbook ? exporter.saveXlsx(path) : exporter.saveCsv(path, csv);
    if (!written)
        return written.error();
    return count;
}

} // namespace sa
