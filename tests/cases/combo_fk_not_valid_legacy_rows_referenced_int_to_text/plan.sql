-- schemadiff plan
-- source fingerprint: b87f6744469408ff
-- target fingerprint: a3600e54281716af
-- 5 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.usages DROP CONSTRAINT usages_code_fkey;

-- hazard: rewrite
ALTER TABLE public.codes ALTER COLUMN code TYPE text USING code::text;

-- hazard: rewrite
ALTER TABLE public.usages ALTER COLUMN code TYPE text USING code::text;

ALTER TABLE public.usages ADD CONSTRAINT usages_code_fkey FOREIGN KEY (code) REFERENCES public.codes(code) NOT VALID;

COMMIT;

CREATE INDEX CONCURRENTLY usages_code_idx ON public.usages USING btree (code);
