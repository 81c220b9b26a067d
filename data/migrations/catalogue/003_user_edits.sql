-- Catalogue schema 3: what the user changed, so that a newer shipped catalogue can be
-- merged without losing it. origin is 'shipped' or 'user'; edited marks a shipped row the
-- user changed (it is no longer refreshed); a tombstone remembers a shipped row the user
-- deleted (it is not brought back). Rows that exist when this runs came from the shipped
-- catalogue (earlier versions could not edit it), hence the 'shipped' default.
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
) WITHOUT ROWID;
