-- schemadiff plan
-- source fingerprint: cfc6b8525b6796e4
-- target fingerprint: c1f662239f3dde25
-- 12 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP INDEX public.docs_published_idx;

ALTER TABLE public.docs DROP CONSTRAINT docs_state_check;

ALTER TYPE public.doc_state RENAME TO doc_state__schemadiff_old;

CREATE TYPE public.doc_state AS ENUM ('draft', 'review', 'published');

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN previous_states TYPE public.doc_state[] USING previous_states::text::public.doc_state[];

ALTER TABLE public.docs ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN state TYPE public.doc_state USING state::text::public.doc_state;

ALTER TABLE public.docs ALTER COLUMN state SET DEFAULT 'draft'::public.doc_state;

DROP TYPE public.doc_state__schemadiff_old;

ALTER TABLE public.docs ADD CONSTRAINT docs_state_check CHECK (state <> 'review' OR id > 0) NOT VALID;

COMMIT;

ALTER TABLE public.docs VALIDATE CONSTRAINT docs_state_check;

CREATE INDEX CONCURRENTLY docs_published_idx ON public.docs USING btree (id) WHERE state = 'published';
