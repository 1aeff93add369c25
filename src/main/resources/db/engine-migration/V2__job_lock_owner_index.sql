-- The job executor acquires due jobs with "no exclusive job of the same instance is locked": without an index on
-- LOCK_OWNER_, PostgreSQL answers that by reading every job, so with a backlog of due timers (a day's lapses,
-- reminders and escalations at once) each acquisition read the whole table: 192 ms at 385 k jobs, 0.3 ms with it.
create index if not exists act_idx_job_lock_owner on act_ru_job (lock_owner_);
