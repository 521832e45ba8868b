-- schemadiff plan
-- source fingerprint: 9d4d9a3a7e6bbee4
-- target fingerprint: 5522388c14865520
-- 4 statements; hazards: long-lock

SET search_path = "$user", public;

BEGIN;

CREATE TYPE public.task_state AS ENUM ('todo', 'doing', 'done');

ALTER TABLE public.tasks ADD COLUMN history public.task_state[] DEFAULT '{}'::public.task_state[] NOT NULL;

ALTER TABLE public.tasks ADD COLUMN state public.task_state DEFAULT 'todo'::public.task_state NOT NULL;

-- hazard: long-lock
CREATE INDEX tasks_open_idx ON public.tasks USING btree (id) WHERE state <> 'done';

COMMIT;
