-- schemadiff plan
-- source fingerprint: a5da7db63ff2d551
-- target fingerprint: f8618134f2aa16d2
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.rooms DROP CONSTRAINT rooms_room_during_excl;

DROP EXTENSION btree_gist;

-- hazard: rewrite
ALTER TABLE ext.settings ALTER COLUMN v TYPE text USING v::text;

DROP EXTENSION hstore;

COMMIT;
