-- schemadiff plan
-- source fingerprint: 03f894dbfe82b385
-- target fingerprint: b954a355fa1a9266
-- 17 statements; hazards: none

BEGIN;

ALTER TABLE public.jobs ALTER COLUMN attempts SET DEFAULT 0;

ALTER TABLE public.jobs ADD CONSTRAINT schemadiff_nn_bb762a5345ff7f81 CHECK (attempts IS NOT NULL) NOT VALID;

ALTER TABLE public.jobs ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN priority SET DEFAULT 0;

ALTER TABLE public.jobs ADD CONSTRAINT schemadiff_nn_c7ca8766eed54727 CHECK (priority IS NOT NULL) NOT VALID;

ALTER TABLE public.jobs ALTER COLUMN queue DROP DEFAULT;

ALTER TABLE public.jobs ALTER COLUMN queue SET DEFAULT 'main'::text;

ALTER TABLE public.jobs ADD CONSTRAINT schemadiff_nn_7b2a97133e135c15 CHECK (queue IS NOT NULL) NOT VALID;

COMMIT;

ALTER TABLE public.jobs VALIDATE CONSTRAINT schemadiff_nn_bb762a5345ff7f81;

ALTER TABLE public.jobs ALTER COLUMN attempts SET NOT NULL;

ALTER TABLE public.jobs DROP CONSTRAINT schemadiff_nn_bb762a5345ff7f81;

ALTER TABLE public.jobs VALIDATE CONSTRAINT schemadiff_nn_c7ca8766eed54727;

ALTER TABLE public.jobs ALTER COLUMN priority SET NOT NULL;

ALTER TABLE public.jobs DROP CONSTRAINT schemadiff_nn_c7ca8766eed54727;

ALTER TABLE public.jobs VALIDATE CONSTRAINT schemadiff_nn_7b2a97133e135c15;

ALTER TABLE public.jobs ALTER COLUMN queue SET NOT NULL;

ALTER TABLE public.jobs DROP CONSTRAINT schemadiff_nn_7b2a97133e135c15;
