-- schemadiff rollback
-- source fingerprint: ab0e8e304c94b8ea
-- target fingerprint: 73f721a2fdb2a4b2
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE TYPE public.mood AS ENUM ('happy', 'sad');

CREATE OR REPLACE FUNCTION public.is_happy(m public.mood)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT m = 'happy' $function$;

ALTER TABLE public.diary ADD COLUMN mood public.mood;

COMMIT;

CREATE INDEX CONCURRENTLY diary_happy_idx ON public.diary USING btree (id) WHERE public.is_happy(mood);
