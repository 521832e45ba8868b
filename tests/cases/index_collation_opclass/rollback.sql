-- schemadiff rollback
-- source fingerprint: 7b3a36e283da178c
-- target fingerprint: 5c88713602a260e4
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
