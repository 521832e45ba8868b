-- schemadiff rollback
-- source fingerprint: 5522388c14865520
-- target fingerprint: 9d4d9a3a7e6bbee4
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.tasks_open_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.tasks DROP COLUMN history;

-- hazard: data-loss,irreversible
ALTER TABLE public.tasks DROP COLUMN state;

DROP TYPE public.task_state;

COMMIT;
