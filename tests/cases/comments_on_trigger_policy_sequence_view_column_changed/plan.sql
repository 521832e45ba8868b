-- schemadiff plan
-- source fingerprint: 3fc251e97ac979c2
-- target fingerprint: 68d1d53696aa263e
-- 10 statements; hazards: none

BEGIN;

COMMENT ON COLUMN public.note_bodies.body IS NULL;

COMMENT ON SEQUENCE public.notes_id_seq IS NULL;

COMMENT ON TRIGGER notes_touch ON public.notes IS NULL;

COMMENT ON POLICY notes_owner ON public.notes IS 'owners see only their own notes';

COMMENT ON COLUMN public.note_bodies.id IS 'same as notes.id';

COMMENT ON COLUMN public.note_counts.n IS 'number of notes';

COMMENT ON INDEX public.notes_pkey IS 'pk index';

COMMENT ON CONSTRAINT notes_pkey ON public.notes IS 'pk constraint';

COMMENT ON FUNCTION public.touch() IS 'trigger function: sets updated_at';

COMMENT ON MATERIALIZED VIEW public.note_counts IS 'refresh nightly';

COMMIT;
