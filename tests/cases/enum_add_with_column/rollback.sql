-- schemadiff rollback
-- source fingerprint: 859103ed555c87a7
-- target fingerprint: 36c191a72449787c
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.tasks_open_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.tasks DROP COLUMN history;

-- hazard: data-loss,irreversible
ALTER TABLE public.tasks DROP COLUMN state;

DROP TYPE public.task_state;

COMMIT;
