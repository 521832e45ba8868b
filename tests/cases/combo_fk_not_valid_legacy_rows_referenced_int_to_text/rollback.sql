-- schemadiff rollback
-- source fingerprint: a3600e54281716af
-- target fingerprint: b87f6744469408ff
-- 5 statements; hazards: rewrite

BEGIN;

DROP INDEX public.usages_code_idx;

ALTER TABLE public.usages DROP CONSTRAINT usages_code_fkey;

-- hazard: rewrite
ALTER TABLE public.codes ALTER COLUMN code TYPE integer USING code::integer;

-- hazard: rewrite
ALTER TABLE public.usages ALTER COLUMN code TYPE integer USING code::integer;

ALTER TABLE public.usages ADD CONSTRAINT usages_code_fkey FOREIGN KEY (code) REFERENCES public.codes(code) NOT VALID;

COMMIT;
