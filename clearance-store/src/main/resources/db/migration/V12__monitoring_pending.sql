-- Monitoring owed to a committed list version: written in the import's (or withdrawal's) own transaction
-- and deleted in the transaction of the monitoring run's closing audit entry, so a process killed in
-- between leaves the row, and the next command or start of the service runs the monitoring then.
CREATE TABLE monitor_pending (
    -- the version whose change is to be monitored; a version withdrawn before then owes nothing
    version_id          BIGINT PRIMARY KEY REFERENCES list_version (id) ON DELETE CASCADE,
    -- the version it is diffed against; null: every entry is screened (a dataset's first, or after a
    -- withdrawal, whose version is gone)
    previous_version_id BIGINT REFERENCES list_version (id) ON DELETE SET NULL,
    cause               VARCHAR(20) NOT NULL, -- import, withdrawal
    withdrawn_version   BIGINT,               -- for a withdrawal: the version withdrawn
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
