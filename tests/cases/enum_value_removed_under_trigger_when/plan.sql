-- schemadiff plan
-- source fingerprint: 102fab39c9d7985c
-- target fingerprint: e7920e0def8d018e
-- 8 statements; hazards: rewrite

BEGIN;

DROP TRIGGER docs_status_changed ON public.docs;

ALTER TYPE public.doc_status RENAME TO doc_status__schemadiff_old;

CREATE TYPE public.doc_status AS ENUM ('draft', 'published', 'retired');

ALTER TABLE public.docs ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.docs ALTER COLUMN status TYPE public.doc_status USING status::text::public.doc_status;

ALTER TABLE public.docs ALTER COLUMN status SET DEFAULT 'draft'::public.doc_status;

DROP TYPE public.doc_status__schemadiff_old;

CREATE TRIGGER docs_status_changed BEFORE UPDATE ON public.docs FOR EACH ROW WHEN ((old.status IS DISTINCT FROM new.status)) EXECUTE FUNCTION public.docs_status_changed();

COMMIT;
