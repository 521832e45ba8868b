-- schemadiff plan
-- source fingerprint: 391083b77d21d547
-- target fingerprint: c0efd6d11c658a20
-- 10 statements; hazards: rewrite

BEGIN;

ALTER TABLE public."café" ALTER COLUMN "café" SET DEFAULT 0;

ALTER TABLE public."café" ADD CONSTRAINT schemadiff_nn_0177dcd333cb87df CHECK ("café" IS NOT NULL) NOT VALID;

-- hazard: rewrite
ALTER TABLE public."café" ALTER COLUMN "café" TYPE bigint USING "café"::bigint;

-- hazard: rewrite
ALTER TABLE public."café" ALTER COLUMN "name " TYPE character varying(5);

CREATE TABLE public."café" (
    id integer
);

COMMENT ON COLUMN public."café"."name " IS 'trailing space';

COMMIT;

ALTER TABLE public."café" VALIDATE CONSTRAINT schemadiff_nn_0177dcd333cb87df;

ALTER TABLE public."café" ALTER COLUMN "café" SET NOT NULL;

ALTER TABLE public."café" DROP CONSTRAINT schemadiff_nn_0177dcd333cb87df;

CREATE INDEX CONCURRENTLY "café_café_idx" ON public."café" USING btree ("café");
