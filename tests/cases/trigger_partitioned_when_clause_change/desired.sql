-- Row trigger on a partitioned table (cloned to each partition); its WHEN
-- clause changes.
CREATE TABLE measurements (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value numeric NOT NULL,
    flagged boolean NOT NULL DEFAULT false
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE FUNCTION flag_outlier() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.flagged := true; RETURN NEW; END $$;
CREATE TRIGGER flag_outlier BEFORE INSERT OR UPDATE ON measurements
    FOR EACH ROW WHEN (NEW.value > 500 OR NEW.value < 0) EXECUTE FUNCTION flag_outlier();
