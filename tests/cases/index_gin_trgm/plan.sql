-- schemadiff plan
-- source fingerprint: 900b0413805bbdd5
-- target fingerprint: d81827ad127d2d4e
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX documents_body_trgm_idx ON public.documents USING gist (body public.gist_trgm_ops);

-- hazard: long-lock
CREATE INDEX documents_title_trgm_idx ON public.documents USING gin (title public.gin_trgm_ops);

COMMIT;
