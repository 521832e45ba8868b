-- schemadiff rollback
-- source fingerprint: 9ee33c30d8a942b4
-- target fingerprint: 5224b3ee54df8abd
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.events_site_idx;

ALTER TABLE public.events DROP CONSTRAINT events_site_id_fkey;

ALTER TABLE public.events DROP CONSTRAINT events_kind_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.events DROP COLUMN site_id;

-- hazard: data-loss,irreversible
DROP TABLE public.events_2025;

COMMIT;
