-- schemadiff plan
-- source fingerprint: 86938f22ea20a36d
-- target fingerprint: 5fc577379041339c
-- 6 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.ledger DROP COLUMN amount_cents;

CREATE OR REPLACE FUNCTION public.ledger_sum()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    UPDATE ledger_totals SET total = total + (SELECT coalesce(sum(amount), 0) FROM new_rows) WHERE k = 1;
    RETURN NULL;
END $function$;

-- hazard: rewrite
ALTER TABLE public.ledger_totals ALTER COLUMN total TYPE numeric(14,2) USING total::numeric(14,2);

ALTER TABLE public.ledger ADD COLUMN amount numeric(12,2) DEFAULT 0 NOT NULL;

ALTER TABLE public.ledger ADD COLUMN memo text;

COMMIT;

CREATE INDEX CONCURRENTLY ledger_amount_idx ON public.ledger USING btree (amount);
