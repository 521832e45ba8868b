-- schemadiff plan
-- source fingerprint: 7794557d1ee7f883
-- target fingerprint: 44ae528c98baec98
-- 9 statements; hazards: rewrite

BEGIN;

DROP STATISTICS public.t_ab;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN a TYPE text USING a::text;

ALTER TABLE ONLY public.t ALTER COLUMN a SET STATISTICS -1;

ALTER TABLE ONLY public.t ALTER COLUMN a SET STORAGE EXTERNAL;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN b TYPE jsonb USING b::jsonb;

ALTER TABLE ONLY public.t ALTER COLUMN b RESET (n_distinct);

ALTER TABLE ONLY public.k ALTER COLUMN a SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.k ALTER COLUMN b SET STATISTICS 12;

CREATE STATISTICS public.t_ab (ndistinct, dependencies, mcv) ON a, b FROM public.t;

COMMIT;
