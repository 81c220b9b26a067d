-- Workspace schema 1: one company's stack (DESIGN.md, "Data model: Workspace").
-- The application id marks the file as a StackAtlas workspace ('SAws'); it differs from
-- the catalogue's ('SAct') so that neither is ever opened as the other. Money is in whole
-- cents of meta.currency; dates are ISO text (YYYY-MM-DD) or NULL; "unknown" counts are -1.
-- Dates are checked with date(x, '+0 days') = x: plain date(x) returns '2024-02-30' as it
-- is, while a modifier normalises it to '2024-03-01', so only real calendar days pass.
PRAGMA application_id = 1396799347;

-- The cover page: exactly one row.
CREATE TABLE meta (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    company     TEXT NOT NULL DEFAULT '',
    prepared_by TEXT NOT NULL DEFAULT '',
    currency    TEXT NOT NULL DEFAULT 'USD'
                CHECK (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]'),
    profile     TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL
);
INSERT INTO meta (id, created) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Free-form settings of the analysis and the planner (overlap threshold, ...).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Capabilities the workspace refers to: snapshots of catalogue capabilities (source
-- 'catalogue') and capabilities an import named that no catalogue has ('local').
CREATE TABLE capability (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE CHECK (slug <> ''),
    name          TEXT NOT NULL CHECK (name <> ''),
    category_slug TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('catalogue', 'local'))
);

-- Other names of a capability, in the order given.
CREATE TABLE capability_alias (
    capability_id INTEGER NOT NULL REFERENCES capability (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    alias         TEXT NOT NULL,
    PRIMARY KEY (capability_id, position)
) WITHOUT ROWID;

-- Snapshots of the catalogue products the tools refer to, by slug, so that the file
-- opens with another catalogue or none. Catalogue row ids are not kept: they mean
-- nothing outside the catalogue they came from.
CREATE TABLE product (
    slug           TEXT PRIMARY KEY CHECK (slug <> ''),
    name           TEXT NOT NULL CHECK (name <> ''),
    vendor_slug    TEXT NOT NULL DEFAULT '',
    vendor_name    TEXT NOT NULL DEFAULT '',
    category_slug  TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    segments       TEXT NOT NULL DEFAULT '', -- comma-separated: smb, mid-market, enterprise
    deployment     TEXT NOT NULL DEFAULT '',
    pricing_model  TEXT NOT NULL DEFAULT '',
    price_low      INTEGER CHECK (price_low IS NULL OR price_low >= 0),
    price_high     INTEGER CHECK (price_high IS NULL OR price_high >= 0),
    price_currency TEXT NOT NULL DEFAULT 'USD',
    price_basis    TEXT NOT NULL DEFAULT '',
    price_as_of    TEXT CHECK (price_as_of IS NULL OR date(price_as_of, '+0 days') = price_as_of),
    origin         TEXT NOT NULL DEFAULT 'shipped' CHECK (origin IN ('shipped', 'user')),
    edited         INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
    snapshot_at    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE product_alias (
    product_slug TEXT NOT NULL REFERENCES product (slug) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    alias        TEXT NOT NULL,
    PRIMARY KEY (product_slug, position)
) WITHOUT ROWID;

CREATE TABLE product_capability (
    product_slug    TEXT NOT NULL REFERENCES product (slug) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    capability_slug TEXT NOT NULL,
    capability_name TEXT NOT NULL DEFAULT '',
    strength        INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3),
    PRIMARY KEY (product_slug, position),
    UNIQUE (product_slug, capability_slug)
) WITHOUT ROWID;

-- The catalogue's integrations of a product, as seen from it (other end by slug).
CREATE TABLE product_integration (
    product_slug TEXT NOT NULL REFERENCES product (slug) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    other_slug   TEXT NOT NULL,
    other_name   TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL CHECK (kind IN ('native', 'connector', 'api')),
    PRIMARY KEY (product_slug, position),
    UNIQUE (product_slug, other_slug)
) WITHOUT ROWID;

-- The inventory: one row per tool the company pays for. product_slug is NULL for a
-- custom tool; otherwise the workspace holds that product's snapshot.
CREATE TABLE tool (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (name <> ''),
    product_slug     TEXT REFERENCES product (slug),
    vendor_name      TEXT NOT NULL DEFAULT '',
    category_slug    TEXT NOT NULL DEFAULT '',
    annual_cost      INTEGER NOT NULL DEFAULT 0 CHECK (annual_cost >= 0), -- cents
    seats            INTEGER NOT NULL DEFAULT -1 CHECK (seats >= -1),
    active_users     INTEGER NOT NULL DEFAULT -1 CHECK (active_users >= -1),
    owner            TEXT NOT NULL DEFAULT '',
    team             TEXT NOT NULL DEFAULT '',
    contract_start   TEXT CHECK (contract_start IS NULL OR date(contract_start, '+0 days') = contract_start),
    contract_end     TEXT CHECK (contract_end IS NULL OR date(contract_end, '+0 days') = contract_end),
    notice_days      INTEGER NOT NULL DEFAULT -1 CHECK (notice_days >= -1),
    auto_renew       INTEGER NOT NULL DEFAULT 0 CHECK (auto_renew IN (0, 1)),
    satisfaction     INTEGER NOT NULL DEFAULT 0 CHECK (satisfaction BETWEEN 0 AND 5),
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'trial', 'retiring', 'retired')),
    system_of_record INTEGER NOT NULL DEFAULT 0 CHECK (system_of_record IN (0, 1)),
    notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tool_product ON tool (product_slug);

-- A custom tool's capabilities, or a product tool's overrides (strength 0: the tool does
-- not do what its product is said to do).
CREATE TABLE tool_capability (
    tool_id         INTEGER NOT NULL REFERENCES tool (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    capability_slug TEXT NOT NULL CHECK (capability_slug <> ''),
    strength        INTEGER NOT NULL CHECK (strength BETWEEN 0 AND 3),
    PRIMARY KEY (tool_id, position),
    UNIQUE (tool_id, capability_slug)
) WITHOUT ROWID;

-- Integrations between the company's tools: once per pair, smaller id first.
CREATE TABLE tool_integration (
    a    INTEGER NOT NULL REFERENCES tool (id) ON DELETE CASCADE,
    b    INTEGER NOT NULL REFERENCES tool (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'api' CHECK (kind IN ('native', 'connector', 'api')),
    PRIMARY KEY (a, b),
    CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX tool_integration_b ON tool_integration (b);

-- The capabilities the company needs, each once.
CREATE TABLE requirement (
    capability_slug TEXT PRIMARY KEY CHECK (capability_slug <> ''),
    importance      TEXT NOT NULL CHECK (importance IN ('must', 'should', 'nice')),
    min_strength    INTEGER NOT NULL CHECK (min_strength BETWEEN 1 AND 3)
) WITHOUT ROWID;

-- Planning (a later issue fills these): a scenario is a named set of decisions.
CREATE TABLE scenario (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (name <> ''),
    notes          TEXT NOT NULL DEFAULT '',
    horizon_months INTEGER NOT NULL DEFAULT 36 CHECK (horizon_months BETWEEN 1 AND 120),
    created        TEXT NOT NULL
);

-- What a scenario does with one tool (keep, retire, replace) or one catalogue product
-- (add), from when, at what one-off cost (cents).
CREATE TABLE decision (
    id                  INTEGER PRIMARY KEY,
    scenario_id         INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    tool_id             INTEGER REFERENCES tool (id) ON DELETE CASCADE,
    product_slug        TEXT REFERENCES product (slug),
    action              TEXT NOT NULL CHECK (action IN ('keep', 'retire', 'replace', 'add')),
    replacement_tool_id INTEGER REFERENCES tool (id) ON DELETE CASCADE,
    replacement_slug    TEXT REFERENCES product (slug),
    effective           TEXT CHECK (effective IS NULL OR date(effective, '+0 days') = effective),
    one_off_cost        INTEGER NOT NULL DEFAULT 0 CHECK (one_off_cost >= 0),
    notes               TEXT NOT NULL DEFAULT '',
    CHECK ((tool_id IS NULL) <> (product_slug IS NULL)),
    CHECK ((action = 'add') = (product_slug IS NOT NULL)),
    CHECK (action <> 'replace' OR replacement_tool_id IS NOT NULL OR replacement_slug IS NOT NULL)
);
CREATE INDEX decision_scenario ON decision (scenario_id);
CREATE INDEX decision_tool ON decision (tool_id);
