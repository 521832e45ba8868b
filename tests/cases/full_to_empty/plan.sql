-- schemadiff plan
-- source fingerprint: c343241ec5187d12
-- target fingerprint: 95caefd48279bb5f
-- 10 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.page_links DROP CONSTRAINT page_links_from_page_fkey;

ALTER TABLE public.page_links DROP CONSTRAINT page_links_to_page_fkey;

ALTER TABLE public.pages DROP CONSTRAINT pages_space_fkey;

-- hazard: data-loss,irreversible
DROP TABLE public.page_links;

-- hazard: data-loss,irreversible
DROP TABLE public.pages;

-- hazard: data-loss,irreversible
DROP TABLE public.render_cache;

-- hazard: data-loss,irreversible
DROP TABLE public.spaces;

DROP TYPE public.visibility;

DROP EXTENSION hstore;

DROP EXTENSION pg_trgm;

COMMIT;
