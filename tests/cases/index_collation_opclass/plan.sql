-- schemadiff plan
-- source fingerprint: f50730a1d8d6b29e
-- target fingerprint: 8bde69ded371891e
-- 5 statements; hazards: long-lock

BEGIN;

DROP INDEX public.files_name_idx;

DROP INDEX public.files_path_idx;

-- hazard: long-lock
CREATE INDEX files_ext_idx ON public.files USING btree (ext COLLATE "POSIX" NULLS FIRST);

-- hazard: long-lock
CREATE INDEX files_name_idx ON public.files USING btree (name COLLATE "C" varchar_pattern_ops DESC);

-- hazard: long-lock
CREATE INDEX files_path_idx ON public.files USING btree (path text_pattern_ops);

COMMIT;
