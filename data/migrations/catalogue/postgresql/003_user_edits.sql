-- Catalogue schema 3 on PostgreSQL: ../003_user_edits.sql without SQLite's WITHOUT ROWID.
ALTER TABLE vendor ADD COLUMN origin TEXT NOT NULL DEFAULT 'shipped'
    CHECK (origin IN ('shipped', 'user'));

ALTER TABLE capability ADD COLUMN origin TEXT NOT NULL DEFAULT 'shipped'
    CHECK (origin IN ('shipped', 'user'));
ALTER TABLE capability ADD COLUMN edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1));

ALTER TABLE product ADD COLUMN origin TEXT NOT NULL DEFAULT 'shipped'
    CHECK (origin IN ('shipped', 'user'));
ALTER TABLE product ADD COLUMN edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1));

CREATE TABLE tombstone (
    kind TEXT NOT NULL CHECK (kind IN ('product', 'capability')),
    slug TEXT NOT NULL,
    PRIMARY KEY (kind, slug)
);
