-- schemadiff rollback
-- source fingerprint: 8544b701bf359351
-- target fingerprint: 84c82c7add171fdd
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
