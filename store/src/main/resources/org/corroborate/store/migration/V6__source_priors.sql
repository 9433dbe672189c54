-- Corroborate store, schema 6: the source kinds' reliability priors each run scored with (`run --prior KIND=A,B`),
-- so that the commands that score the stored articles again (`report --week`, `compare`) score them as the runs
-- did. The priors that differ from the defaults, as one line of text (`state_media=3,7 government=2,8`, the kinds in
-- their declared order); NULL: every kind had its default prior, as every run stored before this schema is taken to
-- have had.

-- Safe to run again (IF NOT EXISTS): H2 commits each statement on its own.

ALTER TABLE runs ADD COLUMN IF NOT EXISTS source_priors VARCHAR(2000);
