-- schemadiff rollback
-- source fingerprint: 099d5018f4bf97a9
-- target fingerprint: 1edd5de849c906e8
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
