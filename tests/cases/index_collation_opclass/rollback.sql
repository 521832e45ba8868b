-- schemadiff rollback
-- source fingerprint: 9a9687480d53966e
-- target fingerprint: 12e241ceb11a4c6d
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
