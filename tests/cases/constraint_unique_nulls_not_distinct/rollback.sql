-- schemadiff rollback
-- source fingerprint: a7d839e97d1b4af0
-- target fingerprint: cafbcb5a4d42a732
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.bindings DROP CONSTRAINT bindings_scope_key_key;

-- hazard: long-lock
ALTER TABLE public.bindings ADD CONSTRAINT bindings_scope_key_key UNIQUE (scope, key);

COMMIT;
