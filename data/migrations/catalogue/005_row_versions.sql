-- Catalogue schema 5: optimistic locking for catalogues shared by several editors (a
-- team catalogue on PostgreSQL; SQLite keeps the same schema so that push and pull copy
-- like for like). Every write of a product sets version = version + 1; an edit names
-- the version it was based on (UPDATE ... WHERE id = ? AND version = ?), so one made
-- on a version someone else has since replaced changes nothing and is reported as a
-- conflict. Shared by both dialects (README.md, "Migrations for two databases").
ALTER TABLE product ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
