-- schemadiff rollback
-- source fingerprint: c5c0577b16f89da6
-- target fingerprint: c657fc30011861b1
-- 8 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP POLICY wallets_own ON public.wallets;

DROP TRIGGER wallets_no_negative ON public.wallets;

ALTER TABLE public.wallets ALTER COLUMN balance DROP DEFAULT;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.wallets ALTER COLUMN balance TYPE integer USING balance::integer;

ALTER TABLE public.wallets ALTER COLUMN balance SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.wallets ALTER COLUMN user_id TYPE integer USING user_id::integer;

CREATE TRIGGER wallets_no_negative BEFORE UPDATE OF balance ON public.wallets FOR EACH ROW WHEN ((new.balance < 0)) EXECUTE FUNCTION public.wallets_no_negative();

CREATE POLICY wallets_own ON public.wallets AS PERMISSIVE FOR ALL TO PUBLIC USING ((user_id = (current_setting('app.user_id'::text))::integer));

COMMIT;
