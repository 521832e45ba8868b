-- schemadiff plan
-- source fingerprint: b500179dfc3d6e5a
-- target fingerprint: 1621462d37fc9bbf
-- 5 statements; hazards: long-lock

BEGIN;

CREATE SCHEMA gist_ext;

CREATE EXTENSION btree_gist WITH SCHEMA gist_ext VERSION '1.7';

-- hazard: long-lock
ALTER TABLE public.conference_room_reservations_for_the_whole_company_campus ADD CONSTRAINT conference_room_reservations__conference_room_identifier_n_excl EXCLUDE USING gist (conference_room_identifier_number WITH =, reservation_time_period_range WITH &&);

-- hazard: long-lock
ALTER TABLE public.conference_room_reservations_for_the_whole_company_campus ADD CONSTRAINT conference_room_reservations_conference_room_identifier_n_excl1 EXCLUDE USING gist (conference_room_identifier_number WITH =, reservation_time_period_range WITH &&) WHERE ((id > 0));

COMMIT;

CREATE INDEX CONCURRENTLY conference_room_reservations__conference_room_identifier_nu_idx ON public.conference_room_reservations_for_the_whole_company_campus USING gist (conference_room_identifier_number);
