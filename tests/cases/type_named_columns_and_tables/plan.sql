-- schemadiff plan
-- source fingerprint: cecc8f169856e01e
-- target fingerprint: d112457f84204231
-- 13 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

-- hazard: rewrite
ALTER TABLE public."timestamp" ALTER COLUMN date TYPE timestamp with time zone USING date::timestamp with time zone;

-- hazard: rewrite
ALTER TABLE public."timestamp" ALTER COLUMN "int" TYPE bigint USING "int"::bigint;

-- hazard: rewrite
ALTER TABLE public."timestamp" ALTER COLUMN text TYPE character varying(100);

ALTER TABLE public."timestamp" ALTER COLUMN "varchar" TYPE character varying(20);

CREATE OR REPLACE FUNCTION public.int4(text text)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT length($1) $function$;

ALTER TABLE public."timestamp" ADD COLUMN "boolean" boolean;

ALTER TABLE public."timestamp" ADD COLUMN "numeric" numeric(5,2) DEFAULT 0;

ALTER TABLE public."timestamp" ADD CONSTRAINT timestamp_numeric_check CHECK ("numeric" >= 0) NOT VALID;

ALTER TABLE public."timestamp" ADD CONSTRAINT timestamp_int_fkey FOREIGN KEY ("int") REFERENCES public."integer"(id) NOT VALID;

CREATE VIEW public.text AS
SELECT "int"::text AS "int4", "text"::text AS "varchar", "date"::date AS "time" FROM "timestamp";

COMMIT;

ALTER TABLE public."timestamp" VALIDATE CONSTRAINT timestamp_numeric_check;

ALTER TABLE public."timestamp" VALIDATE CONSTRAINT timestamp_int_fkey;

CREATE INDEX CONCURRENTLY date ON public."timestamp" USING btree (date);
