-- Catalogue schema 4 on PostgreSQL: the name index of ../004_search_speed.sql, on
-- lower(name) as the search compares it. The GIN index of 002 already serves prefixes,
-- so there is no full-text table to rebuild.
CREATE INDEX product_name ON product (lower(name));
