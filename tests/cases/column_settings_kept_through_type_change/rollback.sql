-- schemadiff rollback
-- source fingerprint: be81ae79d9f2b369
-- target fingerprint: 73b4c234e58aadce
-- 5 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN code TYPE integer USING code::integer;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN label TYPE character varying(20);

ALTER TABLE ONLY public.items ALTER COLUMN label SET STORAGE EXTERNAL;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN note TYPE text USING note::text;

ALTER TABLE ONLY public.items ALTER COLUMN note SET STORAGE MAIN;

COMMIT;
