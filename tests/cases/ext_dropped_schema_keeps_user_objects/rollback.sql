-- schemadiff rollback
-- source fingerprint: f8618134f2aa16d2
-- target fingerprint: a5da7db63ff2d551
-- 4 statements; hazards: rewrite,long-lock

BEGIN;

CREATE EXTENSION btree_gist WITH SCHEMA ext VERSION '1.7';

CREATE EXTENSION hstore WITH SCHEMA ext VERSION '1.8';

-- hazard: rewrite
ALTER TABLE ext.settings ALTER COLUMN v TYPE ext.hstore USING v::ext.hstore;

-- hazard: long-lock
ALTER TABLE public.rooms ADD CONSTRAINT rooms_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);

COMMIT;
