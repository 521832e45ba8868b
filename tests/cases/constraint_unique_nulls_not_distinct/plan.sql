-- schemadiff plan
-- source fingerprint: 7054821abf8c029b
-- target fingerprint: 0ec120ec9f8ab1c8
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.bindings DROP CONSTRAINT bindings_scope_key_key;

-- hazard: long-lock
ALTER TABLE public.bindings ADD CONSTRAINT bindings_scope_key_key UNIQUE NULLS NOT DISTINCT (scope, key);

COMMIT;
