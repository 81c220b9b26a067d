-- Catalogue schema 1: the tables of the data model (DESIGN.md, "Data model").
-- The application id marks the file as a StackAtlas catalogue ('SAct'), so that a
-- foreign SQLite file is recognised and never written to.
PRAGMA application_id = 1396794228;

-- Facts about the catalogue itself, e.g. the fingerprint of the shipped content it holds.
CREATE TABLE catalogue_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The landscape categories (parent_id NULL) and their subcategories.
CREATE TABLE category (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES category (id),
    slug      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL
);
CREATE INDEX category_parent ON category (parent_id);

CREATE TABLE capability (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    category_id INTEGER NOT NULL REFERENCES category (id),
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX capability_category ON capability (category_id);

-- Other names of a capability; rowid order is the order they were given in.
CREATE TABLE capability_alias (
    capability_id INTEGER NOT NULL REFERENCES capability (id) ON DELETE CASCADE,
    alias         TEXT NOT NULL,
    UNIQUE (capability_id, alias)
);

CREATE TABLE vendor (
    id         INTEGER PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    website    TEXT NOT NULL DEFAULT '',
    hq_country TEXT NOT NULL DEFAULT '',
    founded    INTEGER -- year; NULL when unknown
);
CREATE INDEX vendor_name ON vendor (name COLLATE NOCASE);

-- Prices are indicative annual amounts in whole currency units; NULL when not published.
-- segments is the comma list of smb, mid-market, enterprise in the order given.
CREATE TABLE product (
    id                  INTEGER PRIMARY KEY,
    slug                TEXT NOT NULL UNIQUE,
    vendor_id           INTEGER REFERENCES vendor (id),
    name                TEXT NOT NULL,
    primary_category_id INTEGER REFERENCES category (id),
    description         TEXT NOT NULL DEFAULT '',
    segments            TEXT NOT NULL DEFAULT '',
    deployment          TEXT NOT NULL DEFAULT '',
    pricing_model       TEXT NOT NULL DEFAULT '',
    price_low           INTEGER,
    price_high          INTEGER,
    price_currency      TEXT NOT NULL DEFAULT 'USD',
    price_basis         TEXT NOT NULL DEFAULT '',
    price_as_of         TEXT -- ISO date
);
CREATE INDEX product_vendor ON product (vendor_id);
CREATE INDEX product_category ON product (primary_category_id);

CREATE TABLE product_capability (
    product_id    INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    capability_id INTEGER NOT NULL REFERENCES capability (id) ON DELETE CASCADE,
    strength      INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3),
    UNIQUE (product_id, capability_id)
);
CREATE INDEX product_capability_capability ON product_capability (capability_id);

CREATE TABLE product_alias (
    product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    UNIQUE (product_id, alias)
);
CREATE INDEX product_alias_alias ON product_alias (alias COLLATE NOCASE);

-- An integration is an unordered pair, stored once with a < b.
CREATE TABLE product_integration (
    a    INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    b    INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('native', 'connector', 'api')),
    PRIMARY KEY (a, b),
    CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX product_integration_b ON product_integration (b);
