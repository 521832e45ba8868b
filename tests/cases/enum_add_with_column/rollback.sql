-- schemadiff rollback
-- source fingerprint: b02dd801c539495d
-- target fingerprint: 8368927dedcbd0dc
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.tasks_open_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.tasks DROP COLUMN history;

-- hazard: data-loss,irreversible
ALTER TABLE public.tasks DROP COLUMN state;

DROP TYPE public.task_state;

COMMIT;
