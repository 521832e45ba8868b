-- schemadiff rollback
-- source fingerprint: 44ae528c98baec98
-- target fingerprint: 7794557d1ee7f883
-- 8 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN a TYPE integer USING a::integer;

ALTER TABLE ONLY public.t ALTER COLUMN a SET STATISTICS 300;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN b TYPE text USING b::text;

ALTER TABLE ONLY public.t ALTER COLUMN b SET STORAGE MAIN;

ALTER TABLE ONLY public.t ALTER COLUMN b SET (n_distinct=5);

ALTER TABLE ONLY public.k ALTER COLUMN b SET STATISTICS 11;

ALTER TABLE ONLY public.k ALTER COLUMN b SET STORAGE MAIN;

ALTER STATISTICS public.t_ab SET STATISTICS 90;

COMMIT;
