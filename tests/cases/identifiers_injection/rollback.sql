-- schemadiff rollback
-- source fingerprint: 23df1b9c68200215
-- target fingerprint: 59182a5c04e6db61
-- 10 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON TABLE public.victim IS NULL;

DROP VIEW public."v"";DROP TABLE victim;--";

DROP INDEX public."j""; DROP TABLE victim; --";

ALTER TABLE public."y'); DROP TABLE victim; --" DROP CONSTRAINT "y'); DROP TABLE victim; --_d""); DROP TABLE victim; --_check";

-- hazard: data-loss,irreversible
ALTER TABLE public."y'); DROP TABLE victim; --" DROP COLUMN "d""); DROP TABLE victim; --";

ALTER TABLE public."y'); DROP TABLE victim; --" ALTER COLUMN "c""; DROP TABLE victim; --" TYPE text USING "c""; DROP TABLE victim; --"::text;

CREATE TABLE public."x""; DROP TABLE victim; --" (
    id integer NOT NULL
);

ALTER TABLE public."x""; DROP TABLE victim; --" ADD CONSTRAINT "x""; DROP TABLE victim; --_pkey" PRIMARY KEY (id);

COMMENT ON TABLE public."x""; DROP TABLE victim; --" IS 'x''); DROP TABLE victim; --';

COMMIT;

CREATE INDEX CONCURRENTLY "i""; DROP TABLE victim; --" ON public."y'); DROP TABLE victim; --" USING btree ("c""; DROP TABLE victim; --");
