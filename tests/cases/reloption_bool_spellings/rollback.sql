-- schemadiff rollback
-- source fingerprint: cef10d97f471e28f
-- target fingerprint: 771557aafef00157
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.t SET (autovacuum_enabled=true, vacuum_index_cleanup=auto, vacuum_truncate=false);

ALTER TABLE public.u SET (autovacuum_enabled=on);

CREATE OR REPLACE VIEW public.v WITH (security_barrier=on) AS
 SELECT 1 AS x;

COMMIT;
