-- schemadiff plan
-- source fingerprint: 28d9ad5c2cb44a9a
-- target fingerprint: 47a1c46884148ab2
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TYPE public.doc_state ADD VALUE 'archived' AFTER 'published';

COMMIT;

BEGIN;

CREATE OR REPLACE FUNCTION public.visible(s public.doc_state)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (s = ANY (ARRAY['published'::public.doc_state, 'archived'::public.doc_state]));

CREATE OR REPLACE FUNCTION public.count_in(s public.doc_state DEFAULT 'archived'::public.doc_state)
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.docs
   WHERE (docs.state = count_in.s);
END;

CREATE POLICY docs_no_edit_archived ON public.docs AS RESTRICTIVE FOR UPDATE TO PUBLIC USING (state <> 'archived');

COMMIT;
