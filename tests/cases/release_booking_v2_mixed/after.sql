INSERT INTO venues (name) VALUES ('New' || (SELECT count(*) FROM venues));
INSERT INTO bookings (venue_id, during, state, price) SELECT max(id), '[2030-01-01 10:00+00,2030-01-01 12:00+00)', 'held', 5 FROM venues;
