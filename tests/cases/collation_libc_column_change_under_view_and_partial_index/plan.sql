-- schemadiff plan
-- source fingerprint: ead289eb2aa4ddc8
-- target fingerprint: 91d8615be5510876
-- 3 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.live_files;

-- hazard: rewrite
ALTER TABLE public.files ALTER COLUMN path TYPE text COLLATE public.posix_c;

CREATE VIEW public.live_files AS
SELECT id, path FROM files WHERE NOT deleted ORDER BY path;

COMMIT;
