-- schemadiff plan
-- source fingerprint: f50730a1d8d6b29e
-- target fingerprint: 8bde69ded371891e
-- 5 statements; hazards: none

BEGIN;

DROP INDEX public.files_name_idx;

DROP INDEX public.files_path_idx;

COMMIT;

CREATE INDEX CONCURRENTLY files_ext_idx ON public.files USING btree (ext COLLATE "POSIX" NULLS FIRST);

CREATE INDEX CONCURRENTLY files_name_idx ON public.files USING btree (name COLLATE "C" varchar_pattern_ops DESC);

CREATE INDEX CONCURRENTLY files_path_idx ON public.files USING btree (path text_pattern_ops);
