-- schemadiff plan
-- source fingerprint: 9d941d888087bb70
-- target fingerprint: 7803b399abac1cf1
-- 2 statements; hazards: none

CREATE INDEX CONCURRENTLY documents_body_trgm_idx ON public.documents USING gist (body public.gist_trgm_ops);

CREATE INDEX CONCURRENTLY documents_title_trgm_idx ON public.documents USING gin (title public.gin_trgm_ops);
