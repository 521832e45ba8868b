-- schemadiff rollback
-- source fingerprint: d112457f84204231
-- target fingerprint: cecc8f169856e01e
-- 11 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.text;

DROP INDEX public.date;

ALTER TABLE public."timestamp" DROP CONSTRAINT timestamp_int_fkey;

ALTER TABLE public."timestamp" DROP CONSTRAINT timestamp_numeric_check;

-- hazard: data-loss,irreversible
ALTER TABLE public."timestamp" DROP COLUMN "boolean";

-- hazard: data-loss,irreversible
ALTER TABLE public."timestamp" DROP COLUMN "numeric";

DROP FUNCTION public.int4(text text);

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public."timestamp" ALTER COLUMN date TYPE date USING date::date;

-- hazard: rewrite
ALTER TABLE public."timestamp" ALTER COLUMN "int" TYPE integer USING "int"::integer;

ALTER TABLE public."timestamp" ALTER COLUMN text TYPE text USING text::text;

-- hazard: rewrite
ALTER TABLE public."timestamp" ALTER COLUMN "varchar" TYPE character varying(10);

COMMIT;
