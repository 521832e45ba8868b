-- schemadiff rollback
-- source fingerprint: b43da9174f9aca8a
-- target fingerprint: 98aabb7390e89e0a
-- 2 statements; hazards: irreversible

BEGIN;

DROP INDEX public.t_idx;

-- hazard: irreversible
DROP SEQUENCE public.s;

COMMIT;
