-- schemadiff rollback
-- source fingerprint: a471a6bb96bada74
-- target fingerprint: ef12aca72844d470
-- 3 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.playlist_items DROP CONSTRAINT playlist_items_position_key;

ALTER TABLE public.playlist_items ALTER CONSTRAINT playlist_items_playlist_fkey DEFERRABLE INITIALLY IMMEDIATE;

-- hazard: long-lock
ALTER TABLE public.playlist_items ADD CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, "position");

COMMIT;
