-- schemadiff rollback
-- source fingerprint: 817dcb83b17a6bd7
-- target fingerprint: 0b0102bd14a76555
-- 4 statements; hazards: none

BEGIN;

DROP VIEW public.fmt_demo;

DROP FUNCTION public.fmt(x integer, y integer);

DROP FUNCTION util.fmt(x numeric, digits integer);

DROP FUNCTION util.fmt(x text, VARIADIC parts text[]);

COMMIT;
