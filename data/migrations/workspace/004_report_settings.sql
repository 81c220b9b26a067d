-- Workspace schema 4: how the PDF review of this workspace is made, one row. The logo's
-- bytes are kept here, not only its path, so that the file stays self-contained: the
-- report looks the same on a laptop where the original image is not.
CREATE TABLE report_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    hidden_sections TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    prepared_by TEXT NOT NULL DEFAULT '',
    logo_path TEXT NOT NULL DEFAULT '',
    logo BLOB,
    accent TEXT NOT NULL DEFAULT '#1f6f8b'
        CHECK (length(accent) = 7 AND accent GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    paper TEXT NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4', 'letter')),
    scenario TEXT NOT NULL DEFAULT ''
);

INSERT INTO report_settings (id) VALUES (1);
