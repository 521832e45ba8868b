-- schemadiff plan
-- source fingerprint: 778a26bc686fcb88
-- target fingerprint: 944680def3e4e57b
-- 2 statements; hazards: none

BEGIN;

COMMENT ON INDEX public.t_e_key IS 'unique email';

COMMENT ON INDEX public.t_pkey IS 'pk index';

COMMIT;
