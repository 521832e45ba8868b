-- schemadiff rollback
-- source fingerprint: e7932d326ee0241b
-- target fingerprint: f7be3aae97d8c3be
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.bindings DROP CONSTRAINT bindings_scope_key_key;

-- hazard: long-lock
ALTER TABLE public.bindings ADD CONSTRAINT bindings_scope_key_key UNIQUE (scope, key);

COMMIT;
