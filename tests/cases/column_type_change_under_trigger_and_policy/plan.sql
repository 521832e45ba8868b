-- schemadiff plan
-- source fingerprint: c657fc30011861b1
-- target fingerprint: c5c0577b16f89da6
-- 8 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP POLICY wallets_own ON public.wallets;

DROP TRIGGER wallets_no_negative ON public.wallets;

ALTER TABLE public.wallets ALTER COLUMN balance DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.wallets ALTER COLUMN balance TYPE numeric(14,2) USING balance::numeric(14,2);

ALTER TABLE public.wallets ALTER COLUMN balance SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.wallets ALTER COLUMN user_id TYPE bigint USING user_id::bigint;

CREATE TRIGGER wallets_no_negative BEFORE UPDATE OF balance ON public.wallets FOR EACH ROW WHEN ((new.balance < (0)::numeric)) EXECUTE FUNCTION public.wallets_no_negative();

CREATE POLICY wallets_own ON public.wallets AS PERMISSIVE FOR ALL TO PUBLIC USING (user_id = current_setting('app.user_id')::integer);

COMMIT;
