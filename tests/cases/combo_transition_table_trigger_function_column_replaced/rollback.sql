-- schemadiff rollback
-- source fingerprint: 5fc577379041339c
-- target fingerprint: 86938f22ea20a36d
-- 6 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.ledger_amount_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.ledger DROP COLUMN amount;

-- hazard: data-loss,irreversible
ALTER TABLE public.ledger DROP COLUMN memo;

CREATE OR REPLACE FUNCTION public.ledger_sum()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    UPDATE ledger_totals SET total = total + (SELECT coalesce(sum(amount_cents), 0) FROM new_rows) WHERE k = 1;
    RETURN NULL;
END $function$;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.ledger_totals ALTER COLUMN total TYPE bigint USING total::bigint;

ALTER TABLE public.ledger ADD COLUMN amount_cents integer NOT NULL;

COMMIT;
