-- schemadiff plan
-- source fingerprint: ef12aca72844d470
-- target fingerprint: a471a6bb96bada74
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.playlist_items DROP CONSTRAINT playlist_items_playlist_fkey;

ALTER TABLE public.playlist_items DROP CONSTRAINT playlist_items_position_key;

-- hazard: long-lock
ALTER TABLE public.playlist_items ADD CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, "position") DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE public.playlist_items ADD CONSTRAINT playlist_items_playlist_fkey FOREIGN KEY (playlist_id) REFERENCES public.playlists(id) DEFERRABLE INITIALLY DEFERRED NOT VALID;

COMMIT;

ALTER TABLE public.playlist_items VALIDATE CONSTRAINT playlist_items_playlist_fkey;
