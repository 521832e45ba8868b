-- schemadiff rollback
-- source fingerprint: a6a16ab813bc137e
-- target fingerprint: fb5b00e094c1e9aa
-- 7 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.base ALTER COLUMN body TYPE text USING body::text;

-- hazard: rewrite
ALTER TABLE public.base ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.base ALTER COLUMN tag TYPE text USING tag::text;

ALTER TABLE public.base ADD COLUMN old integer;

ALTER TABLE ONLY public.child ALTER COLUMN body SET STORAGE MAIN;

ALTER TABLE ONLY public.child ALTER COLUMN old SET STATISTICS 99;

ALTER TABLE ONLY public.child ALTER COLUMN id RESET (n_distinct);

COMMIT;
