-- schemadiff plan
-- source fingerprint: fc478e559a6e0844
-- target fingerprint: 22a6e1e7bc2bf714
-- 1 statement; hazards: none

BEGIN;

DROP TYPE public.legacy_state;

COMMIT;
