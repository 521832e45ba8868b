-- schemadiff rollback
-- source fingerprint: be9b317e72d41def
-- target fingerprint: 9dc21dba315c0c30
-- 4 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.clicks_per_campaign;

-- hazard: data-loss,irreversible
DROP TABLE public.clicks_2025;

-- hazard: rewrite
ALTER TABLE public.clicks ALTER COLUMN campaign_id TYPE integer USING campaign_id::integer;

CREATE VIEW public.clicks_per_campaign AS
 SELECT clicks.campaign_id,
    count(*) AS n
   FROM public.clicks
  GROUP BY clicks.campaign_id;

COMMIT;
