-- Catalogue schema 6: capabilities get the row version products got in schema 5, so
-- that two editors of one capability cannot overwrite each other unawares; products and
-- capabilities note when they were last written (changed_at, ISO 8601 UTC, NULL for
-- rows written before this schema or filled from the shipped catalogue), and a
-- tombstone notes when its row was deleted (removed_at, the same format). Push and pull
-- carry tombstones to the other catalogue, which deletes the row unless it was written
-- there after the deletion. Shared by both dialects.
ALTER TABLE capability ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE product ADD COLUMN changed_at TEXT;
ALTER TABLE capability ADD COLUMN changed_at TEXT;
ALTER TABLE tombstone ADD COLUMN removed_at TEXT NOT NULL DEFAULT '';
