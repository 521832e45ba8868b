-- schemadiff rollback
-- source fingerprint: e2445807c6c2fb5a
-- target fingerprint: d46c8360ff0f34d6
-- 1 statement; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TYPE public.money_amount DROP ATTRIBUTE exponent;

COMMIT;
