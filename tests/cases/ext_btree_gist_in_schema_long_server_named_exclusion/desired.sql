CREATE SCHEMA gist_ext;
CREATE EXTENSION btree_gist SCHEMA gist_ext;
CREATE TABLE conference_room_reservations_for_the_whole_company_campus (
    id integer PRIMARY KEY,
    conference_room_identifier_number integer NOT NULL,
    reservation_time_period_range tstzrange NOT NULL,
    EXCLUDE USING gist (conference_room_identifier_number gist_ext.gist_int4_ops WITH =, reservation_time_period_range WITH &&),
    EXCLUDE USING gist (conference_room_identifier_number gist_ext.gist_int4_ops WITH =, reservation_time_period_range WITH &&) WHERE (id > 0)
);
CREATE INDEX ON conference_room_reservations_for_the_whole_company_campus USING gist (conference_room_identifier_number gist_ext.gist_int4_ops);
