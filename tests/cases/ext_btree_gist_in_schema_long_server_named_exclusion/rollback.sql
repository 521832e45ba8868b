-- schemadiff rollback
-- source fingerprint: 1621462d37fc9bbf
-- target fingerprint: b500179dfc3d6e5a
-- 5 statements; hazards: none

BEGIN;

DROP INDEX public.conference_room_reservations__conference_room_identifier_nu_idx;

ALTER TABLE public.conference_room_reservations_for_the_whole_company_campus DROP CONSTRAINT conference_room_reservations__conference_room_identifier_n_excl;

ALTER TABLE public.conference_room_reservations_for_the_whole_company_campus DROP CONSTRAINT conference_room_reservations_conference_room_identifier_n_excl1;

DROP EXTENSION btree_gist;

DROP SCHEMA gist_ext;

COMMIT;
