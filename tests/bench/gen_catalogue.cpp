// gen_catalogue N OUT.csv [SEED]: writes the synthetic catalogue of N products that the
// catalogue benchmarks import (see syntheticcatalogue.h); the same seed gives the same
// bytes. Exit 2 on bad arguments, 3 when the shipped catalogue or OUT cannot be read or
// written.
#include "store/shippeddata.h"
#include "syntheticcatalogue.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    bool sizeOk = false, seedOk = true;
    const int size = args.value(0).toInt(&sizeOk);
    const quint64 seed = args.size() > 2 ? args[2].toULongLong(&seedOk) : 1;
    if (args.size() < 2 || args.size() > 3 || !sizeOk || size < 1 || !seedOk) {
        std::fprintf(stderr, "usage: gen_catalogue N OUT.csv [SEED]\n");
        return 2;
    }
    const sa::CatalogueReadResult shipped = sa::readCatalogueFolder(sa::shippedCatalogueDir());
    if (!shipped.errors.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(shipped.errors.first()));
        return 3;
    }
    const QByteArray csv
        = sa::bench::catalogueCsv(sa::bench::syntheticCatalogue(shipped.content, size, seed));
    QFile out(args[1]);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
        std::fprintf(stderr, "%s: cannot write\n", qPrintable(args[1]));
        return 3;
    }
    return 0;
}
