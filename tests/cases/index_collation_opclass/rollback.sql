-- schemadiff rollback
-- source fingerprint: 8bde69ded371891e
-- target fingerprint: f50730a1d8d6b29e
-- 5 statements; hazards: long-lock

BEGIN;

DROP INDEX public.files_ext_idx;

DROP INDEX public.files_name_idx;

DROP INDEX public.files_path_idx;

-- hazard: long-lock
CREATE INDEX files_name_idx ON public.files USING btree (name);

-- hazard: long-lock
CREATE INDEX files_path_idx ON public.files USING btree (path);

COMMIT;
