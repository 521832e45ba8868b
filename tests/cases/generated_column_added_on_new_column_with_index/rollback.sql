-- schemadiff rollback
-- source fingerprint: d88577fe6f95e904
-- target fingerprint: 45209fc914db291a
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.documents_tsv_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.documents DROP COLUMN tsv;

-- hazard: data-loss,irreversible
ALTER TABLE public.documents DROP COLUMN lang;

COMMIT;
