-- schemadiff rollback
-- source fingerprint: 2b012773dd057564
-- target fingerprint: 0ccae06bb22f6224
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

ALTER TABLE public.sessions ADD COLUMN legacy_token text;

CREATE OR REPLACE PROCEDURE public.purge_sessions(IN cutoff timestamp with time zone)
 LANGUAGE sql
BEGIN ATOMIC
 DELETE FROM public.sessions
   WHERE ((sessions.expires_at < purge_sessions.cutoff) OR (sessions.legacy_token IS NULL));
END;

COMMIT;
