-- schemadiff plan
-- source fingerprint: f7be3aae97d8c3be
-- target fingerprint: e7932d326ee0241b
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.bindings DROP CONSTRAINT bindings_scope_key_key;

-- hazard: long-lock
ALTER TABLE public.bindings ADD CONSTRAINT bindings_scope_key_key UNIQUE NULLS NOT DISTINCT (scope, key);

COMMIT;
