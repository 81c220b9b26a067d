-- Workspace schema 3: scenarios as the planner and the user write them.
-- A scenario has a kind (the one baseline: the stack as it is today; manual ones; ones the
-- optimizer produced) and the first day of its horizon. Every workspace gets its baseline
-- here, so that older files and new ones alike have exactly one.
ALTER TABLE scenario ADD COLUMN kind TEXT NOT NULL DEFAULT 'manual'
    CHECK (kind IN ('baseline', 'manual', 'optimized'));
ALTER TABLE scenario ADD COLUMN start_date TEXT
    CHECK (start_date IS NULL OR date(start_date, '+0 days') = start_date);
CREATE UNIQUE INDEX scenario_one_baseline ON scenario (kind) WHERE kind = 'baseline';

INSERT INTO scenario (name, kind, created)
VALUES ('Today', 'baseline', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- The position of a decision in its scenario, so that the order the user gave survives.
ALTER TABLE decision ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
