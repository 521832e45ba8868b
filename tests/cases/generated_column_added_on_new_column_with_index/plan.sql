-- schemadiff plan
-- source fingerprint: 45209fc914db291a
-- target fingerprint: d88577fe6f95e904
-- 3 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.documents ADD COLUMN lang regconfig DEFAULT 'english'::regconfig NOT NULL;

-- hazard: rewrite
ALTER TABLE public.documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector(lang, ((title || ' '::text) || body))) STORED;

COMMIT;

CREATE INDEX CONCURRENTLY documents_tsv_idx ON public.documents USING gin (tsv);
