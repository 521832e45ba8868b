-- A deferrable constraint trigger is added on a partitioned table (cloned
-- to its partitions) together with a new partition.
CREATE TABLE bookings (id bigint NOT NULL, room integer NOT NULL, night date NOT NULL) PARTITION BY RANGE (night);
CREATE TABLE bookings_2024 PARTITION OF bookings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE bookings_2025 PARTITION OF bookings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE FUNCTION bookings_no_double() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM bookings WHERE room = NEW.room AND night = NEW.night) > 1 THEN
        RAISE EXCEPTION 'room % double-booked on %', NEW.room, NEW.night;
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER bookings_no_double AFTER INSERT OR UPDATE ON bookings
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bookings_no_double();
