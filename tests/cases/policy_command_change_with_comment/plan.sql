-- schemadiff plan
-- source fingerprint: a2e139d32a27d94f
-- target fingerprint: 391ead2acdc6d129
-- 3 statements; hazards: none

SET search_path = public;

BEGIN;

DROP POLICY notes_owner ON public.notes;

CREATE POLICY notes_owner ON public.notes AS PERMISSIVE FOR ALL TO sd_reader, sd_writer USING (owner = current_user) WITH CHECK (owner = current_user);

COMMENT ON POLICY notes_owner ON public.notes IS 'owners see their notes';

COMMIT;
