-- schemadiff rollback
-- source fingerprint: 65d44cdf0624830e
-- target fingerprint: 3d4e527068cc97ac
-- 7 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.events DROP COLUMN tags;

-- hazard: data-loss,irreversible
DROP TABLE public.audit;

ALTER TABLE ONLY public.events ALTER COLUMN body SET STORAGE EXTENDED;

ALTER TABLE ONLY public.events ALTER COLUMN body SET COMPRESSION default;

ALTER TABLE ONLY public.events ALTER COLUMN kind SET STATISTICS -1;

ALTER TABLE ONLY public.events ALTER COLUMN kind RESET (n_distinct, n_distinct_inherited);

ALTER TABLE ONLY public.events ALTER COLUMN score SET STATISTICS -1;

COMMIT;
