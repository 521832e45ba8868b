-- schemadiff rollback
-- source fingerprint: a48bc50b5e20cd52
-- target fingerprint: 5f3cddd2ab6f995b
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
