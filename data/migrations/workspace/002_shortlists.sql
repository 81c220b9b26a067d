-- Workspace schema 2: vendor shortlists (README "Comparing vendors"). A shortlist names
-- up to six catalogue products, each by the slug of its snapshot in this file, with the
-- comparison weights the user set for it (any non-negative scale, not all zero: the
-- application divides each by their sum).
CREATE TABLE shortlist (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    notes              TEXT NOT NULL DEFAULT '',
    weight_coverage    REAL NOT NULL DEFAULT 0.4 CHECK (weight_coverage >= 0),
    weight_integration REAL NOT NULL DEFAULT 0.3 CHECK (weight_integration >= 0),
    weight_cost        REAL NOT NULL DEFAULT 0.2 CHECK (weight_cost >= 0),
    weight_overlap     REAL NOT NULL DEFAULT 0.1 CHECK (weight_overlap >= 0),
    created            TEXT NOT NULL,
    CHECK (weight_coverage + weight_integration + weight_cost + weight_overlap > 0)
);

-- The products of a shortlist, in the user's order.
CREATE TABLE shortlist_product (
    shortlist_id INTEGER NOT NULL REFERENCES shortlist (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position BETWEEN 0 AND 5),
    product_slug TEXT NOT NULL REFERENCES product (slug),
    PRIMARY KEY (shortlist_id, position),
    UNIQUE (shortlist_id, product_slug)
) WITHOUT ROWID;
CREATE INDEX shortlist_product_slug ON shortlist_product (product_slug);
