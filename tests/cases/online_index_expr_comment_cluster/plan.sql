-- schemadiff plan
-- source fingerprint: 88ff3febf485f77d
-- target fingerprint: 9119de62d4e0b426
-- 3 statements; hazards: none

CREATE INDEX CONCURRENTLY doc_lower_title ON public.doc USING btree (lower(title));

ALTER TABLE public.doc CLUSTER ON doc_lower_title;

COMMENT ON INDEX public.doc_lower_title IS 'ci';
