-- schemadiff rollback
-- source fingerprint: c9dd6bc685f832ae
-- target fingerprint: 42a37163447e6de4
-- 7 statements; hazards: rewrite

BEGIN;

DROP STATISTICS public.prod_code_cat;

DROP VIEW public.prod_codes;

-- hazard: rewrite
ALTER TABLE public.prod ALTER COLUMN code TYPE public.code_v1 USING code::text::public.code_v1;

ALTER TABLE ONLY public.prod ALTER COLUMN code SET STORAGE MAIN;

CREATE VIEW public.prod_codes AS
 SELECT prod.id,
    prod.code
   FROM public.prod;

CREATE STATISTICS public.prod_code_cat (ndistinct, dependencies, mcv) ON cat, code FROM public.prod;

ALTER STATISTICS public.prod_code_cat SET STATISTICS 77;

COMMIT;
