-- schemadiff rollback
-- source fingerprint: b3c971e3feb7e5d1
-- target fingerprint: dcc2b11d72c76e7b
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.bindings DROP CONSTRAINT bindings_scope_key_key;

-- hazard: long-lock
ALTER TABLE public.bindings ADD CONSTRAINT bindings_scope_key_key UNIQUE (scope, key);

COMMIT;
