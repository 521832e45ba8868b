-- schemadiff plan
-- source fingerprint: d0b835794d48e412
-- target fingerprint: 24780dbf2302ec7c
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX documents_body_trgm_idx ON public.documents USING gist (body public.gist_trgm_ops);

-- hazard: long-lock
CREATE INDEX documents_title_trgm_idx ON public.documents USING gin (title public.gin_trgm_ops);

COMMIT;
