-- claimdiff schema: the alert delivery ledger. One row per claim change and notification
-- target (`url:...` or `cmd:...`), queued when `watch` finds the change and settled when it is
-- delivered: a change is queued once (the unique key) and delivered once, across restarts.
CREATE TABLE alert_deliveries (
    id INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL,
    target TEXT NOT NULL,
    payload TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    delivered_at TEXT,
    last_error TEXT,
    UNIQUE (target, change_id)
);
CREATE INDEX alert_deliveries_pending ON alert_deliveries (target, id)
    WHERE delivered_at IS NULL;
-- How far each target's notifier has looked: the id of the newest version whose changes it has
-- queued. On start, versions stored after it (by a run that stopped between recording a version
-- and queueing its changes) are caught up; a new target starts at the newest version.
CREATE TABLE alert_cursors (
    target TEXT PRIMARY KEY,
    version_id INTEGER NOT NULL
);
