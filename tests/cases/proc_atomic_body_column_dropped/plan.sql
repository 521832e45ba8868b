-- schemadiff plan
-- source fingerprint: 0ccae06bb22f6224
-- target fingerprint: 2b012773dd057564
-- 2 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE PROCEDURE public.purge_sessions(IN cutoff timestamp with time zone)
 LANGUAGE sql
BEGIN ATOMIC
 DELETE FROM public.sessions
   WHERE (sessions.expires_at < purge_sessions.cutoff);
END;

-- hazard: data-loss,irreversible
ALTER TABLE public.sessions DROP COLUMN legacy_token;

COMMIT;
