-- schemadiff rollback
-- source fingerprint: 68d1d53696aa263e
-- target fingerprint: 3fc251e97ac979c2
-- 10 statements; hazards: none

BEGIN;

COMMENT ON COLUMN public.note_bodies.id IS NULL;

COMMENT ON COLUMN public.note_counts.n IS NULL;

COMMENT ON INDEX public.notes_pkey IS NULL;

COMMENT ON CONSTRAINT notes_pkey ON public.notes IS NULL;

COMMENT ON FUNCTION public.touch() IS NULL;

COMMENT ON MATERIALIZED VIEW public.note_counts IS NULL;

COMMENT ON POLICY notes_owner ON public.notes IS 'old policy comment';

COMMENT ON COLUMN public.note_bodies.body IS 'old view column comment';

COMMENT ON SEQUENCE public.notes_id_seq IS 'serial sequence';

COMMENT ON TRIGGER notes_touch ON public.notes IS 'keeps updated_at fresh';

COMMIT;
