-- schemadiff rollback
-- source fingerprint: 391ead2acdc6d129
-- target fingerprint: a2e139d32a27d94f
-- 3 statements; hazards: none

BEGIN;

DROP POLICY notes_owner ON public.notes;

CREATE POLICY notes_owner ON public.notes AS PERMISSIVE FOR SELECT TO sd_reader USING ((owner = CURRENT_USER));

COMMENT ON POLICY notes_owner ON public.notes IS 'owners see their notes';

COMMIT;
