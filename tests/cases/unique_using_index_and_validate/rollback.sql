-- schemadiff rollback
-- source fingerprint: 2a0ecfe142409797
-- target fingerprint: b213bb27f58fb7e3
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.child DROP CONSTRAINT child_parent_fk;

ALTER TABLE public.child DROP CONSTRAINT child_id_check;

ALTER TABLE public.child DROP CONSTRAINT child_pid_check;

ALTER TABLE public.parent DROP CONSTRAINT parent_code_key;

ALTER TABLE public.parent DROP CONSTRAINT parent_pkey;

COMMIT;
