-- schemadiff plan
-- source fingerprint: 73b4c234e58aadce
-- target fingerprint: be81ae79d9f2b369
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN code TYPE bigint USING code::bigint;

ALTER TABLE public.items ALTER COLUMN label TYPE text USING label::text;

ALTER TABLE ONLY public.items ALTER COLUMN label SET STORAGE EXTERNAL;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN note TYPE integer USING note::integer;

COMMIT;
