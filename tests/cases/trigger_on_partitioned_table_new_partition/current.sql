-- Trigger on partitioned table new partition.
CREATE TABLE payments (
    id bigint NOT NULL,
    paid_on date NOT NULL,
    amount numeric NOT NULL,
    updated_at timestamptz
) PARTITION BY RANGE (paid_on);
CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FUNCTION payments_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER payments_touch BEFORE UPDATE ON payments FOR EACH ROW EXECUTE FUNCTION payments_touch();
