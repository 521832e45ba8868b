-- schemadiff plan
-- source fingerprint: cafbcb5a4d42a732
-- target fingerprint: a7d839e97d1b4af0
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.bindings DROP CONSTRAINT bindings_scope_key_key;

-- hazard: long-lock
ALTER TABLE public.bindings ADD CONSTRAINT bindings_scope_key_key UNIQUE NULLS NOT DISTINCT (scope, key);

COMMIT;
