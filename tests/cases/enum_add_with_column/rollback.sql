-- schemadiff rollback
-- source fingerprint: 9664cb12601014a2
-- target fingerprint: a51282ff14fe09bc
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.tasks_open_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.tasks DROP COLUMN history;

-- hazard: data-loss,irreversible
ALTER TABLE public.tasks DROP COLUMN state;

DROP TYPE public.task_state;

COMMIT;
