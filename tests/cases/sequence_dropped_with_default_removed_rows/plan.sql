-- schemadiff plan
-- source fingerprint: 1dc4cf63727ff072
-- target fingerprint: b46435d9a4286e9d
-- 2 statements; hazards: irreversible

BEGIN;

ALTER TABLE public.refs ALTER COLUMN ref_no DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.legacy_ref_seq;

COMMIT;
