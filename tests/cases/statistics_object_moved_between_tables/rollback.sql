-- schemadiff rollback
-- source fingerprint: 238d88edeb701d50
-- target fingerprint: 35ab6e7e71ba8731
-- 6 statements; hazards: none

BEGIN;

DROP STATISTICS public.base_xy;

DROP STATISTICS public.parent_1_xy;

DROP STATISTICS public.parent_xy;

DROP STATISTICS public.xy_stats;

CREATE STATISTICS public.xy_stats (ndistinct, dependencies, mcv) ON x, y FROM public.a;

ALTER STATISTICS public.xy_stats SET STATISTICS 50;

COMMIT;
