CREATE SCHEMA audit;

COMMENT ON SCHEMA audit IS 'Change history, written by triggers only';

CREATE TABLE audit.log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL,
    op char(1) NOT NULL CHECK (op IN ('I', 'U', 'D')),
    row_data jsonb NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT current_user
);

CREATE INDEX log_table_time_idx ON audit.log (table_name, changed_at DESC);
CREATE INDEX log_row_data_idx ON audit.log USING gin (row_data jsonb_path_ops);

ALTER TABLE audit.log ENABLE ROW LEVEL SECURITY;

CREATE POLICY log_append_only ON audit.log
    FOR INSERT
    WITH CHECK (changed_by = current_user);

CREATE POLICY log_read_own ON audit.log
    FOR SELECT
    USING (changed_by = current_user);

CREATE FUNCTION audit.record_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, audit
    AS $$
BEGIN
    INSERT INTO audit.log (table_name, op, row_data)
    VALUES (TG_TABLE_NAME, left(TG_OP, 1),
            to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END));
    RETURN NULL;
END;
$$;

COMMENT ON FUNCTION audit.record_change() IS 'Generic row audit trigger';

CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    plan text NOT NULL
);

CREATE TRIGGER customers_audit
    AFTER INSERT OR UPDATE OR DELETE ON customers
    FOR EACH ROW
    EXECUTE FUNCTION audit.record_change();

CREATE TRIGGER subscriptions_audit
    AFTER INSERT OR UPDATE OR DELETE ON subscriptions
    FOR EACH ROW
    EXECUTE FUNCTION audit.record_change();

CREATE VIEW audit.recent_changes AS
    SELECT table_name, op, changed_at, changed_by
    FROM audit.log
    WHERE changed_at > now() - interval '7 days';
