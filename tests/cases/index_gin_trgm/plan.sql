-- schemadiff plan
-- source fingerprint: edffbd1ee2f01e6c
-- target fingerprint: 178e7ee8d67d67b0
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX documents_body_trgm_idx ON public.documents USING gist (body public.gist_trgm_ops);

-- hazard: long-lock
CREATE INDEX documents_title_trgm_idx ON public.documents USING gin (title public.gin_trgm_ops);

COMMIT;
