CREATE TABLE conference_room_reservations_for_the_whole_company_campus (
    id integer PRIMARY KEY,
    conference_room_identifier_number integer NOT NULL,
    reservation_time_period_range tstzrange NOT NULL
);
