-- schemadiff rollback
-- source fingerprint: e18469f122ccbbff
-- target fingerprint: be10d7dcfee2cea6
-- 11 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

COMMENT ON TABLE public."multi
line
DROP TABLE victim;" IS NULL;

DROP INDEX public."idx
DROP TABLE victim;";

ALTER TABLE public."multi
line
DROP TABLE victim;" DROP CONSTRAINT "chk
DROP TABLE victim;";

-- hazard: data-loss,irreversible
ALTER TABLE public."multi
line
DROP TABLE victim;" DROP COLUMN "tab	col";

ALTER TYPE public."e
num" RENAME TO "e
num__schemadiff_old";

CREATE TYPE public."e
num" AS ENUM ('a
b', E'c\\d');

-- hazard: rewrite
ALTER TABLE public."multi
line
DROP TABLE victim;" ALTER COLUMN "back\slash" TYPE integer USING "back\slash"::integer;

ALTER TABLE public."multi
line
DROP TABLE victim;" ALTER COLUMN "col
x" TYPE text USING "col
x"::text;

DROP TYPE public."e
num__schemadiff_old";

CREATE TABLE public."gone
DROP TABLE victim;" (
    id integer
);

COMMIT;

CREATE INDEX CONCURRENTLY "idx
DROP TABLE victim;" ON public."multi
line
DROP TABLE victim;" USING btree ("back\slash");
