-- schemadiff plan
-- source fingerprint: 19172abbd895da28
-- target fingerprint: 633f280d4b65d1d3
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.bindings DROP CONSTRAINT bindings_scope_key_key;

-- hazard: long-lock
ALTER TABLE public.bindings ADD CONSTRAINT bindings_scope_key_key UNIQUE NULLS NOT DISTINCT (scope, key);

COMMIT;
