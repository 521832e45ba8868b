-- schemadiff plan
-- source fingerprint: 0d1596234ba12ffa
-- target fingerprint: 8c170b5f7a5c1fc2
-- 8 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP INDEX public.payments_big_idx;

ALTER TABLE public.payments DROP CONSTRAINT payments_amount_check;

ALTER TABLE public.payments ALTER COLUMN amount DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.payments ALTER COLUMN amount TYPE numeric(14,2) USING amount::numeric(14,2);

ALTER TABLE public.payments ALTER COLUMN amount SET DEFAULT 0;

ALTER TABLE public.payments ADD CONSTRAINT payments_amount_check CHECK (amount >= 0) NOT VALID;

COMMIT;

ALTER TABLE public.payments VALIDATE CONSTRAINT payments_amount_check;

CREATE INDEX CONCURRENTLY payments_big_idx ON public.payments USING btree (id) WHERE amount > 10000;
