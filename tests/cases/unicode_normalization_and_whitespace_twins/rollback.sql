-- schemadiff rollback
-- source fingerprint: c0efd6d11c658a20
-- target fingerprint: 391083b77d21d547
-- 7 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

COMMENT ON COLUMN public."café"."name " IS NULL;

DROP INDEX public."café_café_idx";

-- hazard: data-loss,irreversible
DROP TABLE public."café";

ALTER TABLE public."café" ALTER COLUMN "café" DROP DEFAULT;

ALTER TABLE public."café" ALTER COLUMN "café" DROP NOT NULL;

-- hazard: rewrite
ALTER TABLE public."café" ALTER COLUMN "café" TYPE integer USING "café"::integer;

ALTER TABLE public."café" ALTER COLUMN "name " TYPE text USING "name "::text;

COMMIT;
