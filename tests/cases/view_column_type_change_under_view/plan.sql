-- schemadiff plan
-- source fingerprint: 1edd5de849c906e8
-- target fingerprint: 099d5018f4bf97a9
-- 3 statements; hazards: rewrite

SET search_path = "$user", public;

BEGIN;

DROP VIEW public.events_per_account;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN account_id TYPE bigint USING account_id::bigint;

CREATE VIEW public.events_per_account AS
SELECT account_id, count(*) AS n
    FROM events
    GROUP BY account_id;

COMMIT;
