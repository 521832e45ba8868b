-- schemadiff plan
-- source fingerprint: be10d7dcfee2cea6
-- target fingerprint: e18469f122ccbbff
-- 10 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

ALTER TYPE public."e
num" ADD VALUE 'new
value' AFTER E'c\\d';

DROP INDEX public."idx
DROP TABLE victim;";

-- hazard: data-loss,irreversible
DROP TABLE public."gone
DROP TABLE victim;";

-- hazard: rewrite
ALTER TABLE public."multi
line
DROP TABLE victim;" ALTER COLUMN "back\slash" TYPE bigint USING "back\slash"::bigint;

-- hazard: rewrite
ALTER TABLE public."multi
line
DROP TABLE victim;" ALTER COLUMN "col
x" TYPE character varying(10);

ALTER TABLE public."multi
line
DROP TABLE victim;" ADD COLUMN "tab	col" integer;

ALTER TABLE public."multi
line
DROP TABLE victim;" ADD CONSTRAINT "chk
DROP TABLE victim;" CHECK ("tab	col" > 0) NOT VALID;

COMMENT ON TABLE public."multi
line
DROP TABLE victim;" IS 'x';

COMMIT;

ALTER TABLE public."multi
line
DROP TABLE victim;" VALIDATE CONSTRAINT "chk
DROP TABLE victim;";

CREATE INDEX CONCURRENTLY "idx
DROP TABLE victim;" ON public."multi
line
DROP TABLE victim;" USING btree ("back\slash", "col
x");
