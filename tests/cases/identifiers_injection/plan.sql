-- schemadiff plan
-- source fingerprint: 59182a5c04e6db61
-- target fingerprint: 23df1b9c68200215
-- 9 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

DROP INDEX public."i""; DROP TABLE victim; --";

-- hazard: data-loss,irreversible
DROP TABLE public."x""; DROP TABLE victim; --";

-- hazard: rewrite
ALTER TABLE public."y'); DROP TABLE victim; --" ALTER COLUMN "c""; DROP TABLE victim; --" TYPE character varying(20);

ALTER TABLE public."y'); DROP TABLE victim; --" ADD COLUMN "d""); DROP TABLE victim; --" integer DEFAULT 1;

ALTER TABLE public."y'); DROP TABLE victim; --" ADD CONSTRAINT "y'); DROP TABLE victim; --_d""); DROP TABLE victim; --_check" CHECK ("d""); DROP TABLE victim; --" > 0) NOT VALID;

CREATE VIEW public."v"";DROP TABLE victim;--" AS
SELECT id AS "a""b" FROM public."y'); DROP TABLE victim; --";

COMMENT ON TABLE public.victim IS 'victim''); DROP TABLE victim; --';

COMMIT;

ALTER TABLE public."y'); DROP TABLE victim; --" VALIDATE CONSTRAINT "y'); DROP TABLE victim; --_d""); DROP TABLE victim; --_check";

CREATE INDEX CONCURRENTLY "j""; DROP TABLE victim; --" ON public."y'); DROP TABLE victim; --" USING btree (lower(("c""; DROP TABLE victim; --")::text));
