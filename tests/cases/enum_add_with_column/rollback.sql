-- schemadiff rollback
-- source fingerprint: 965afcc57f589536
-- target fingerprint: 79473ef6553e4b09
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.tasks_open_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.tasks DROP COLUMN history;

-- hazard: data-loss,irreversible
ALTER TABLE public.tasks DROP COLUMN state;

DROP TYPE public.task_state;

COMMIT;
