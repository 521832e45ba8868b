-- schemadiff rollback
-- source fingerprint: 8bde69ded371891e
-- target fingerprint: f50730a1d8d6b29e
-- 5 statements; hazards: none

BEGIN;

DROP INDEX public.files_ext_idx;

DROP INDEX public.files_name_idx;

DROP INDEX public.files_path_idx;

COMMIT;

CREATE INDEX CONCURRENTLY files_name_idx ON public.files USING btree (name);

CREATE INDEX CONCURRENTLY files_path_idx ON public.files USING btree (path);
