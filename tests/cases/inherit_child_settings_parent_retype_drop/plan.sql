-- schemadiff plan
-- source fingerprint: fb5b00e094c1e9aa
-- target fingerprint: a6a16ab813bc137e
-- 6 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.base DROP COLUMN old;

-- hazard: rewrite
ALTER TABLE public.base ALTER COLUMN body TYPE character varying(100);

-- hazard: rewrite
ALTER TABLE public.base ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazard: rewrite
ALTER TABLE public.base ALTER COLUMN tag TYPE character varying(20);

ALTER TABLE ONLY public.child ALTER COLUMN id SET (n_distinct=100);

ALTER TABLE ONLY public.child ALTER COLUMN body SET STORAGE MAIN;

COMMIT;
