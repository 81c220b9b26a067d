-- Catalogue schema 2: full-text search over products.
-- One row per product (rowid = product.id). Columns in the order of their bm25 weights:
-- name > aliases > vendor > capabilities (names and their aliases) > description.
-- unicode61 with remove_diacritics 2 lets "pro" find "Pró"; the 2- and 3-character
-- prefix indexes keep search-as-you-type fast on the first keystrokes.
CREATE VIRTUAL TABLE product_search USING fts5 (
    name, aliases, vendor, capabilities, description,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- What product_search holds for each product; the store refreshes rows from it after
-- every write, so the text of the index is defined here, once.
CREATE VIEW product_search_source AS
SELECT p.id AS id,
       p.name AS name,
       coalesce((SELECT group_concat(a.alias, ' ') FROM product_alias a
                 WHERE a.product_id = p.id), '') AS aliases,
       coalesce((SELECT v.name FROM vendor v WHERE v.id = p.vendor_id), '') AS vendor,
       coalesce((SELECT group_concat(c.name, ' ') FROM product_capability pc
                 JOIN capability c ON c.id = pc.capability_id
                 WHERE pc.product_id = p.id), '')
       || ' '
       || coalesce((SELECT group_concat(ca.alias, ' ') FROM product_capability pc
                    JOIN capability_alias ca ON ca.capability_id = pc.capability_id
                    WHERE pc.product_id = p.id), '') AS capabilities,
       p.description AS description
FROM product p;

INSERT INTO product_search (rowid, name, aliases, vendor, capabilities, description)
SELECT id, name, aliases, vendor, capabilities, description FROM product_search_source;

CREATE TRIGGER product_search_delete AFTER DELETE ON product
BEGIN
    DELETE FROM product_search WHERE rowid = old.id;
END;

CREATE TRIGGER vendor_search_rename AFTER UPDATE OF name ON vendor
BEGIN
    UPDATE product_search SET vendor = new.name
    WHERE rowid IN (SELECT id FROM product WHERE vendor_id = new.id);
END;
