-- schemadiff rollback
-- source fingerprint: 6b4b19e1001d6d90
-- target fingerprint: e3c4ad5eb4d9c684
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

DROP STATISTICS public.tok_owner_secret;

DROP INDEX public.tok_secret;

ALTER TABLE public.tok REPLICA IDENTITY DEFAULT;

-- hazard: data-loss,irreversible
ALTER TABLE public.tok DROP COLUMN secret;

ALTER TABLE public.tok ALTER COLUMN owner DROP NOT NULL;

COMMIT;
