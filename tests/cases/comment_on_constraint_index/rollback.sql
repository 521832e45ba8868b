-- schemadiff rollback
-- source fingerprint: 944680def3e4e57b
-- target fingerprint: 778a26bc686fcb88
-- 2 statements; hazards: none

BEGIN;

COMMENT ON INDEX public.t_e_key IS NULL;

COMMENT ON INDEX public.t_pkey IS NULL;

COMMIT;
