-- Catalogue schema 2 on PostgreSQL: full-text search with tsvector instead of FTS5.
-- product_search holds one document per product, the columns of ../002_search.sql
-- weighted A name, B aliases, C vendor, D capabilities and description (tsvector has
-- four weights; FTS5's bm25 has one per column). Accents are folded with unaccent, as
-- unicode61's remove_diacritics 2 does. The store rewrites a product's document after
-- every write of it, from product_search_source, so the text is defined here, once.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE product_search (
    id       BIGINT PRIMARY KEY REFERENCES product (id) ON DELETE CASCADE,
    document TSVECTOR NOT NULL
);
CREATE INDEX product_search_words ON product_search USING gin (document);

CREATE VIEW product_search_source AS
SELECT p.id AS id,
       p.name AS name,
       coalesce((SELECT string_agg(a.alias, ' ' ORDER BY a.rowid) FROM product_alias a
                 WHERE a.product_id = p.id), '') AS aliases,
       coalesce((SELECT v.name FROM vendor v WHERE v.id = p.vendor_id), '') AS vendor,
       coalesce((SELECT string_agg(c.name, ' ' ORDER BY pc.rowid) FROM product_capability pc
                 JOIN capability c ON c.id = pc.capability_id
                 WHERE pc.product_id = p.id), '')
       || ' '
       || coalesce((SELECT string_agg(ca.alias, ' ' ORDER BY ca.rowid) FROM product_capability pc
                    JOIN capability_alias ca ON ca.capability_id = pc.capability_id
                    WHERE pc.product_id = p.id), '') AS capabilities,
       p.description AS description
FROM product p;

-- The document of each product, as the store writes it.
CREATE VIEW product_search_document AS
SELECT id,
       setweight(to_tsvector('simple', unaccent(name)), 'A')
       || setweight(to_tsvector('simple', unaccent(aliases)), 'B')
       || setweight(to_tsvector('simple', unaccent(vendor)), 'C')
       || setweight(to_tsvector('simple', unaccent(capabilities)), 'D')
       || setweight(to_tsvector('simple', unaccent(description)), 'D') AS document
FROM product_search_source;
