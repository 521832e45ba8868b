-- schemadiff plan
-- source fingerprint: 42a37163447e6de4
-- target fingerprint: c9dd6bc685f832ae
-- 7 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP STATISTICS public.prod_code_cat;

DROP VIEW public.prod_codes;

-- hazard: rewrite
ALTER TABLE public.prod ALTER COLUMN code TYPE public.code_v2 USING code::text::public.code_v2;

ALTER TABLE ONLY public.prod ALTER COLUMN code SET STORAGE MAIN;

CREATE VIEW public.prod_codes AS
SELECT id, code FROM public.prod;

CREATE STATISTICS public.prod_code_cat (ndistinct, dependencies, mcv) ON cat, code FROM public.prod;

ALTER STATISTICS public.prod_code_cat SET STATISTICS 77;

COMMIT;
