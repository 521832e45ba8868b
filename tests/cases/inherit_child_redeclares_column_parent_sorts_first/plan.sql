-- schemadiff plan
-- source fingerprint: bf58ec6450cef97c
-- target fingerprint: b59f5216bd5ee0ae
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.log_audit ADD COLUMN source text;

ALTER TABLE public.log ADD COLUMN source text;

COMMIT;
