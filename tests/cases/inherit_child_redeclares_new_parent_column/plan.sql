-- schemadiff plan
-- source fingerprint: c3169dbe6968978d
-- target fingerprint: 1433ed4f49faf9c1
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.audit_events ADD COLUMN source text;

ALTER TABLE public.events ADD COLUMN source text;

COMMIT;
