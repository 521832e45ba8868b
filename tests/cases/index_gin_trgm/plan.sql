-- schemadiff plan
-- source fingerprint: 7fdb32889daa6012
-- target fingerprint: 748e17d96e942fd4
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX documents_body_trgm_idx ON public.documents USING gist (body public.gist_trgm_ops);

-- hazard: long-lock
CREATE INDEX documents_title_trgm_idx ON public.documents USING gin (title public.gin_trgm_ops);

COMMIT;
