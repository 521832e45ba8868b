-- schemadiff plan
-- source fingerprint: 771557aafef00157
-- target fingerprint: cef10d97f471e28f
-- 3 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.t SET (autovacuum_enabled=on, vacuum_index_cleanup=on, vacuum_truncate=off);

ALTER TABLE public.u SET (autovacuum_enabled=yes);

CREATE OR REPLACE VIEW public.v WITH (security_barrier=true) AS
SELECT 1 AS x;

COMMIT;
