-- schemadiff rollback
-- source fingerprint: 47a1c46884148ab2
-- target fingerprint: 28d9ad5c2cb44a9a
-- 12 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP POLICY docs_no_edit_archived ON public.docs;

DROP POLICY docs_visible ON public.docs;

DROP FUNCTION public.count_in(s public.doc_state);

DROP FUNCTION public.visible(s public.doc_state);

ALTER TYPE public.doc_state RENAME TO doc_state__schemadiff_old;

CREATE TYPE public.doc_state AS ENUM ('draft', 'published');

ALTER TABLE public.docs ALTER COLUMN state DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN state TYPE public.doc_state USING state::text::public.doc_state;

ALTER TABLE public.docs ALTER COLUMN state SET DEFAULT 'draft'::public.doc_state;

DROP TYPE public.doc_state__schemadiff_old;

CREATE OR REPLACE FUNCTION public.visible(s public.doc_state)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (s = 'published'::public.doc_state);

CREATE POLICY docs_visible ON public.docs AS PERMISSIVE FOR SELECT TO PUBLIC USING (public.visible(state));

COMMIT;
