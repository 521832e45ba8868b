-- schemadiff plan
-- source fingerprint: 011711fcfeaf91e9
-- target fingerprint: cd3f6be1875effa0
-- 8 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.events DETACH PARTITION public.events_other;

CREATE TABLE public.events_apac PARTITION OF public.events FOR VALUES IN ('jp');

WITH moved AS (DELETE FROM public.events_other WHERE ((region IS NOT NULL) AND (region = 'jp'::text)) RETURNING *)
INSERT INTO public.events_apac (region, id, payload)
SELECT region, id, payload FROM moved;

-- hazard: long-lock
ALTER TABLE public.events ATTACH PARTITION public.events_other DEFAULT;

ALTER TABLE public.events DETACH PARTITION public.events_other;

CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us', 'ca');

WITH moved AS (DELETE FROM public.events_other WHERE ((region IS NOT NULL) AND (region = ANY (ARRAY['us'::text, 'ca'::text]))) RETURNING *)
INSERT INTO public.events_us (region, id, payload)
SELECT region, id, payload FROM moved;

-- hazard: long-lock
ALTER TABLE public.events ATTACH PARTITION public.events_other DEFAULT;

COMMIT;
