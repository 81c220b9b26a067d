-- Catalogue schema 4: faster search-as-you-type on large catalogues.
-- Products whose name starts with the typed text are found through this index (aliases
-- have product_alias_alias) instead of ranking every full-text match, and a very broad
-- query lists its other matches in name order by walking it.
CREATE INDEX product_name ON product (name COLLATE NOCASE);

-- The first keystroke: a one-letter prefix index makes counting "m*" cheap. FTS5 options
-- cannot change in place, so the table is rebuilt from product_search_source (the
-- triggers of 002 refer to it by name and keep working).
DROP TABLE product_search;
CREATE VIRTUAL TABLE product_search USING fts5 (
    name, aliases, vendor, capabilities, description,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO product_search (rowid, name, aliases, vendor, capabilities, description)
SELECT id, name, aliases, vendor, capabilities, description FROM product_search_source;
