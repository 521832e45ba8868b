-- schemadiff rollback
-- source fingerprint: 45c790ffab9fe4d0
-- target fingerprint: ce874c2d79793fe3
-- 5 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.b DROP CONSTRAINT b_code_fkey;

-- hazard: rewrite
ALTER TABLE public.a ALTER COLUMN code TYPE integer USING code::integer;

-- hazard: rewrite
ALTER TABLE public.b ALTER COLUMN code TYPE integer USING code::integer;

ALTER TABLE public.b ADD CONSTRAINT b_code_fkey FOREIGN KEY (code) REFERENCES public.a(code) NOT VALID;

COMMIT;

ALTER TABLE public.b VALIDATE CONSTRAINT b_code_fkey;
