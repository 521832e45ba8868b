-- schemadiff rollback
-- source fingerprint: 91d8615be5510876
-- target fingerprint: ead289eb2aa4ddc8
-- 3 statements; hazards: rewrite

BEGIN;

DROP VIEW public.live_files;

-- hazard: rewrite
ALTER TABLE public.files ALTER COLUMN path TYPE text;

CREATE VIEW public.live_files AS
 SELECT files.id,
    files.path
   FROM public.files
  WHERE (NOT files.deleted)
  ORDER BY files.path;

COMMIT;
