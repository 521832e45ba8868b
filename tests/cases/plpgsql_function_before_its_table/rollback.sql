-- schemadiff rollback
-- source fingerprint: ebed85e3af42f233
-- target fingerprint: 3012ba2392f53c51
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.hits;

DROP FUNCTION public.bump(k text);

COMMIT;
