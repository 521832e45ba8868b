-- schemadiff rollback
-- source fingerprint: baf32d2840378951
-- target fingerprint: 03b227f5fd5abb5b
-- 3 statements; hazards: rewrite

BEGIN;

DROP VIEW public.events_per_account;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN account_id TYPE integer USING account_id::integer;

CREATE VIEW public.events_per_account AS
 SELECT events.account_id,
    count(*) AS n
   FROM public.events
  GROUP BY events.account_id;

COMMIT;
