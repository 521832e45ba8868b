-- schemadiff rollback
-- source fingerprint: 22a6e1e7bc2bf714
-- target fingerprint: fc478e559a6e0844
-- 1 statement; hazards: none

BEGIN;

CREATE TYPE public.legacy_state AS ENUM ('a', 'b', 'c');

COMMIT;
