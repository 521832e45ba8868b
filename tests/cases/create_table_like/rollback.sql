-- schemadiff rollback
-- source fingerprint: 3ebe5adb47bf158e
-- target fingerprint: f5f1aaa370b2bef7
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON COLUMN public.base.created IS NULL;

DROP INDEX public.base_created_idx;

-- hazard: data-loss,irreversible
DROP TABLE public.copy1;

-- hazard: data-loss,irreversible
DROP TABLE public.copy2;

COMMIT;
