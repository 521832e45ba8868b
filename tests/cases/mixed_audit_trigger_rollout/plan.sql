-- schemadiff plan
-- source fingerprint: efb145765830b9bc
-- target fingerprint: c2c211d240a78f4c
-- 15 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE SCHEMA audit;

CREATE OR REPLACE FUNCTION audit.record_change()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'audit'
AS $function$
BEGIN
    INSERT INTO audit.log (table_name, op, row_data)
    VALUES (TG_TABLE_NAME, left(TG_OP, 1),
            to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END));
    RETURN NULL;
END;
$function$;

CREATE TABLE audit.log (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME audit.log_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE) NOT NULL,
    table_name text NOT NULL,
    op character(1) NOT NULL,
    row_data jsonb NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL,
    changed_by text DEFAULT CURRENT_USER NOT NULL
);

ALTER TABLE audit.log ENABLE ROW LEVEL SECURITY;

ALTER TABLE audit.log ADD CONSTRAINT log_pkey PRIMARY KEY (id);

ALTER TABLE audit.log ADD CONSTRAINT log_op_check CHECK (op IN ('I', 'U', 'D'));

CREATE INDEX log_row_data_idx ON audit.log USING gin (row_data jsonb_path_ops);

CREATE INDEX log_table_time_idx ON audit.log USING btree (table_name, changed_at DESC);

CREATE VIEW audit.recent_changes AS
SELECT table_name, op, changed_at, changed_by
    FROM audit.log
    WHERE changed_at > now() - interval '7 days';

CREATE TRIGGER customers_audit AFTER INSERT OR DELETE OR UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION audit.record_change();

CREATE TRIGGER subscriptions_audit AFTER INSERT OR DELETE OR UPDATE ON public.subscriptions FOR EACH ROW EXECUTE FUNCTION audit.record_change();

CREATE POLICY log_append_only ON audit.log AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK (changed_by = current_user);

CREATE POLICY log_read_own ON audit.log AS PERMISSIVE FOR SELECT TO PUBLIC USING (changed_by = current_user);

COMMENT ON SCHEMA audit IS 'Change history, written by triggers only';

COMMENT ON FUNCTION audit.record_change() IS 'Generic row audit trigger';

COMMIT;
