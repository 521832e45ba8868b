-- schemadiff plan
-- source fingerprint: fd0e855578e57ba2
-- target fingerprint: 3d66a4a616cf4680
-- 7 statements; hazards: none

BEGIN;

CREATE DOMAIN app.int4 AS integer;

ALTER TABLE app.m ALTER COLUMN qty TYPE app.int4;

CREATE DOMAIN public.text AS text;

ALTER DOMAIN app.int4 ADD CONSTRAINT int4_check CHECK ((VALUE >= 0));

ALTER DOMAIN public.text ADD CONSTRAINT text_check CHECK ((VALUE <> ''::text));

ALTER TABLE app.m ADD COLUMN note2 public.text;

ALTER TABLE app.m ADD COLUMN qty2 integer;

COMMIT;
