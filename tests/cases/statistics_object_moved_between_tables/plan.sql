-- schemadiff plan
-- source fingerprint: 35ab6e7e71ba8731
-- target fingerprint: 238d88edeb701d50
-- 6 statements; hazards: none

BEGIN;

DROP STATISTICS public.xy_stats;

CREATE STATISTICS public.base_xy (ndistinct, dependencies, mcv) ON x, ((x + y)) FROM public.base;

CREATE STATISTICS public.parent_1_xy (mcv) ON x, y FROM public.parent_1;

CREATE STATISTICS public.parent_xy (dependencies) ON x, y FROM public.parent;

CREATE STATISTICS public.xy_stats (ndistinct, dependencies, mcv) ON x, y FROM public.b;

ALTER STATISTICS public.xy_stats SET STATISTICS 50;

COMMIT;
