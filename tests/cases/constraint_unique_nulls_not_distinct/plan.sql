-- schemadiff plan
-- source fingerprint: dcc2b11d72c76e7b
-- target fingerprint: b3c971e3feb7e5d1
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.bindings DROP CONSTRAINT bindings_scope_key_key;

-- hazard: long-lock
ALTER TABLE public.bindings ADD CONSTRAINT bindings_scope_key_key UNIQUE NULLS NOT DISTINCT (scope, key);

COMMIT;
