-- schemadiff rollback
-- source fingerprint: 0ec120ec9f8ab1c8
-- target fingerprint: 7054821abf8c029b
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.bindings DROP CONSTRAINT bindings_scope_key_key;

-- hazard: long-lock
ALTER TABLE public.bindings ADD CONSTRAINT bindings_scope_key_key UNIQUE (scope, key);

COMMIT;
