-- schemadiff plan
-- source fingerprint: 9dc21dba315c0c30
-- target fingerprint: be9b317e72d41def
-- 4 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.clicks_per_campaign;

-- hazard: rewrite
ALTER TABLE public.clicks ALTER COLUMN campaign_id TYPE bigint USING campaign_id::bigint;

CREATE TABLE public.clicks_2025 PARTITION OF public.clicks FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE VIEW public.clicks_per_campaign AS
SELECT campaign_id, count(*) AS n FROM clicks GROUP BY campaign_id;

COMMIT;
