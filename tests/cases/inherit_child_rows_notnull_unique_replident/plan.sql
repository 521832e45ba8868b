-- schemadiff plan
-- source fingerprint: 3bc2dfc27a366f5d
-- target fingerprint: 2aad8bff397287df
-- 14 statements; hazards: none

BEGIN;

ALTER TABLE public.base ADD CONSTRAINT schemadiff_nn_4b0c23cbc3bfa4df CHECK (code IS NOT NULL) NOT VALID;

ALTER TABLE ONLY public.kid ALTER COLUMN code SET STATISTICS 77;

ALTER TABLE public.kid ADD CONSTRAINT schemadiff_nn_867bb30165a3ca10 CHECK (x IS NOT NULL) NOT VALID;

COMMIT;

ALTER TABLE public.base VALIDATE CONSTRAINT schemadiff_nn_4b0c23cbc3bfa4df;

ALTER TABLE public.base ALTER COLUMN code SET NOT NULL;

ALTER TABLE public.base DROP CONSTRAINT schemadiff_nn_4b0c23cbc3bfa4df;

ALTER TABLE public.kid VALIDATE CONSTRAINT schemadiff_nn_867bb30165a3ca10;

ALTER TABLE public.kid ALTER COLUMN x SET NOT NULL;

ALTER TABLE public.kid DROP CONSTRAINT schemadiff_nn_867bb30165a3ca10;

CREATE UNIQUE INDEX CONCURRENTLY kid_code_key ON public.kid (code);

ALTER TABLE public.kid ADD CONSTRAINT kid_code_key UNIQUE USING INDEX kid_code_key;

ALTER TABLE public.kid CLUSTER ON kid_code_key;

ALTER TABLE public.kid REPLICA IDENTITY USING INDEX kid_code_key;

COMMENT ON CONSTRAINT kid_code_key ON public.kid IS 'uniq';
