-- schemadiff plan
-- source fingerprint: 8368927dedcbd0dc
-- target fingerprint: b02dd801c539495d
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE TYPE public.task_state AS ENUM ('todo', 'doing', 'done');

ALTER TABLE public.tasks ADD COLUMN history public.task_state[] DEFAULT '{}'::public.task_state[] NOT NULL;

ALTER TABLE public.tasks ADD COLUMN state public.task_state DEFAULT 'todo'::public.task_state NOT NULL;

COMMIT;

CREATE INDEX CONCURRENTLY tasks_open_idx ON public.tasks USING btree (id) WHERE state <> 'done';
