-- schemadiff plan
-- source fingerprint: 03b227f5fd5abb5b
-- target fingerprint: baf32d2840378951
-- 3 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.events_per_account;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN account_id TYPE bigint USING account_id::bigint;

CREATE VIEW public.events_per_account AS
SELECT account_id, count(*) AS n
    FROM events
    GROUP BY account_id;

COMMIT;
