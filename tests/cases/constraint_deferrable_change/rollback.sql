-- schemadiff rollback
-- source fingerprint: a471a6bb96bada74
-- target fingerprint: ef12aca72844d470
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.playlist_items DROP CONSTRAINT playlist_items_playlist_fkey;

ALTER TABLE public.playlist_items DROP CONSTRAINT playlist_items_position_key;

-- hazard: long-lock
ALTER TABLE public.playlist_items ADD CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, "position");

ALTER TABLE public.playlist_items ADD CONSTRAINT playlist_items_playlist_fkey FOREIGN KEY (playlist_id) REFERENCES public.playlists(id) DEFERRABLE NOT VALID;

COMMIT;

ALTER TABLE public.playlist_items VALIDATE CONSTRAINT playlist_items_playlist_fkey;
