-- schemadiff plan
-- source fingerprint: 5224b3ee54df8abd
-- target fingerprint: 9ee33c30d8a942b4
-- 8 statements; hazards: long-lock

SET search_path = public;

BEGIN;

ALTER TABLE public.events ADD COLUMN site_id integer DEFAULT 1 NOT NULL;

ALTER TABLE public.events DETACH PARTITION public.events_default;

CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

WITH moved AS (DELETE FROM public.events_default WHERE ((happened IS NOT NULL) AND (happened >= '2025-01-01'::date) AND (happened < '2026-01-01'::date)) RETURNING *)
INSERT INTO public.events_2025 (id, happened, kind)
SELECT id, happened, kind FROM moved;

-- hazard: long-lock
ALTER TABLE public.events ATTACH PARTITION public.events_default DEFAULT;

-- hazard: long-lock
ALTER TABLE public.events ADD CONSTRAINT events_kind_check CHECK (kind <> '');

-- hazard: long-lock
ALTER TABLE public.events ADD CONSTRAINT events_site_id_fkey FOREIGN KEY (site_id) REFERENCES public.sites(id);

-- hazard: long-lock
CREATE INDEX events_site_idx ON public.events USING btree (site_id, happened);

COMMIT;
