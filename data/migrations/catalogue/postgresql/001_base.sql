-- Catalogue schema 1 on PostgreSQL: the tables of ../001_base.sql with the same names,
-- columns and constraints. What SQLite says its own way: no PRAGMA application_id (the
-- schema_version table marks the database as ours); ids are plain BIGINT keys that the
-- store gives as max(id) + 1, as SQLite does for an INTEGER PRIMARY KEY; case-insensitive
-- name indexes are on lower(name); the alias and capability tables get a rowid identity
-- column so that "ORDER BY rowid" keeps the order the rows were written in, as in SQLite.
CREATE TABLE catalogue_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE category (
    id        BIGINT PRIMARY KEY,
    parent_id BIGINT REFERENCES category (id),
    slug      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL
);
CREATE INDEX category_parent ON category (parent_id);

CREATE TABLE capability (
    id          BIGINT PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    category_id BIGINT NOT NULL REFERENCES category (id),
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX capability_category ON capability (category_id);

CREATE TABLE capability_alias (
    rowid         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    capability_id BIGINT NOT NULL REFERENCES capability (id) ON DELETE CASCADE,
    alias         TEXT NOT NULL,
    UNIQUE (capability_id, alias)
);

CREATE TABLE vendor (
    id         BIGINT PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    website    TEXT NOT NULL DEFAULT '',
    hq_country TEXT NOT NULL DEFAULT '',
    founded    INTEGER
);
CREATE INDEX vendor_name ON vendor (lower(name));

CREATE TABLE product (
    id                  BIGINT PRIMARY KEY,
    slug                TEXT NOT NULL UNIQUE,
    vendor_id           BIGINT REFERENCES vendor (id),
    name                TEXT NOT NULL,
    primary_category_id BIGINT REFERENCES category (id),
    description         TEXT NOT NULL DEFAULT '',
    segments            TEXT NOT NULL DEFAULT '',
    deployment          TEXT NOT NULL DEFAULT '',
    pricing_model       TEXT NOT NULL DEFAULT '',
    price_low           BIGINT,
    price_high          BIGINT,
    price_currency      TEXT NOT NULL DEFAULT 'USD',
    price_basis         TEXT NOT NULL DEFAULT '',
    price_as_of         TEXT
);
CREATE INDEX product_vendor ON product (vendor_id);
CREATE INDEX product_category ON product (primary_category_id);

CREATE TABLE product_capability (
    rowid         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id    BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    capability_id BIGINT NOT NULL REFERENCES capability (id) ON DELETE CASCADE,
    strength      INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3),
    UNIQUE (product_id, capability_id)
);
CREATE INDEX product_capability_capability ON product_capability (capability_id);

CREATE TABLE product_alias (
    rowid      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    UNIQUE (product_id, alias)
);
CREATE INDEX product_alias_alias ON product_alias (lower(alias));

CREATE TABLE product_integration (
    a    BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    b    BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('native', 'connector', 'api')),
    PRIMARY KEY (a, b),
    CHECK (a < b)
);
CREATE INDEX product_integration_b ON product_integration (b);
