-- schemadiff plan
-- source fingerprint: 0aeb2e4389da3ff3
-- target fingerprint: 1afc08a2062b53c3
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX documents_body_trgm_idx ON public.documents USING gist (body public.gist_trgm_ops);

-- hazard: long-lock
CREATE INDEX documents_title_trgm_idx ON public.documents USING gin (title public.gin_trgm_ops);

COMMIT;
