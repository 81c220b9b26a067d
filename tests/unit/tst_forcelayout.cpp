// forceLayout(): the integration map's drawing. Positions from Fruchterman-Reingold are
// not worked out by hand, so the tests pin what the layout promises: the same graph gives
// the same drawing, components are packed left to right with their boxes a gap apart and
// never overlapping, no two tools of a component sit on top of each other, and lone tools
// go to a grid below at exact places.
#include "layout/forcelayout.h"

#include <QTest>

using namespace sa;

namespace {

// Two triangles and a path of four, plus three lone nodes (9, 10, 11): node numbers
// mixed so that the largest component is not the first.
std::vector<std::pair<int, int>> mixedEdges()
{
    return {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 6}, {7, 8}, {8, 12}, {12, 7}};
}

} // namespace

class TestForceLayout final : public QObject
{
    Q_OBJECT

private slots:
    void sameGraphSameDrawing();
    void componentsArePackedApart();
    void neighboursAreSpreadOut();
    void loneNodesGoToAGrid();
    void emptyGraph();
};

void TestForceLayout::sameGraphSameDrawing()
{
    const ForceLayoutResult a = forceLayout(13, mixedEdges());
    const ForceLayoutResult b = forceLayout(13, mixedEdges());
    QCOMPARE(a.positions, b.positions);
    ForceLayoutOptions other;
    other.seed = 7;
    const ForceLayoutResult c = forceLayout(13, mixedEdges(), other);
    QVERIFY(c.positions != a.positions); // the seed is what fixes it
}

void TestForceLayout::componentsArePackedApart()
{
    const ForceLayoutResult r = forceLayout(13, mixedEdges());
    // The path {3,4,5,6} is the largest: component 0, at the origin; then the triangles in
    // the order of their first node, {0,1,2} and {7,8,12}; then the three lone nodes.
    QCOMPARE(r.component, (std::vector<int>{1, 1, 1, 0, 0, 0, 0, 2, 2, 3, 4, 5, 2}));
    QCOMPARE(r.components.size(), size_t(6));
    QCOMPARE(r.components[0].topLeft(), QPointF(0, 0));
    // Side by side in one row (the row is 6 x spacing = 660 wide at least), 0.8 x
    // spacing = 88 apart.
    QCOMPARE(r.components[1].left(), r.components[0].right() + 88);
    QCOMPARE(r.components[1].top(), 0.0);
    for (size_t i = 0; i < 3; ++i) {
        for (size_t j = i + 1; j < 3; ++j)
            QVERIFY(!r.components[i].intersects(r.components[j]));
    }
    for (size_t v = 0; v < r.positions.size(); ++v)
        QVERIFY(r.components[size_t(r.component[v])]
                    .adjusted(-0.01, -0.01, 0.01, 0.01)
                    .contains(r.positions[v]));
}

void TestForceLayout::neighboursAreSpreadOut()
{
    const ForceLayoutResult r = forceLayout(13, mixedEdges());
    // Within a component no two nodes closer than a third of the spacing (labels fit).
    for (size_t a = 0; a < r.positions.size(); ++a) {
        for (size_t b = a + 1; b < r.positions.size(); ++b) {
            if (r.component[a] != r.component[b])
                continue;
            const QPointF d = r.positions[a] - r.positions[b];
            QVERIFY2(std::hypot(d.x(), d.y()) > 110.0 / 3,
                     qPrintable(QStringLiteral("%1-%2").arg(a).arg(b)));
        }
    }
}

void TestForceLayout::loneNodesGoToAGrid()
{
    // No edges at all: a grid of cells 1.1 x spacing = 121, in rows as wide as the
    // packing rows, max(6 x spacing, 2.2 x spacing x sqrt(7)) = max(660, 640.3) = 660:
    // five cells fit (5 x 121 = 605; six would be 726).
    const ForceLayoutResult r = forceLayout(7, {});
    QCOMPARE(r.positions,
             (std::vector<QPointF>{
                 {0, 0}, {121, 0}, {242, 0}, {363, 0}, {484, 0}, {0, 121}, {121, 121}}));
    // Below the connected components: the path 0-1 is one component at the top, its box
    // of height h; the lone nodes start at h + 88.
    const ForceLayoutResult mixed = forceLayout(3, {{0, 1}});
    const double top = mixed.components[0].bottom() + 88;
    QCOMPARE(mixed.positions[2], QPointF(0, top));
}

void TestForceLayout::emptyGraph()
{
    const ForceLayoutResult r = forceLayout(0, {});
    QVERIFY(r.positions.empty());
    QVERIFY(r.components.empty());
}

QTEST_APPLESS_MAIN(TestForceLayout)
#include "tst_forcelayout.moc"
