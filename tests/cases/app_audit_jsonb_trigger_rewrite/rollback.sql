-- schemadiff rollback
-- source fingerprint: 6abf331600ac9b90
-- target fingerprint: 35fd7128b9e5cc28
-- 26 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.audit_log_table_row_idx;

ALTER TABLE public.audit_log DROP CONSTRAINT audit_log_action_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.audit_log DROP COLUMN actor;

-- hazard: data-loss,irreversible
ALTER TABLE public.audit_log DROP COLUMN new_row;

-- hazard: data-loss,irreversible
ALTER TABLE public.audit_log DROP COLUMN old_row;

-- hazard: data-loss,irreversible
ALTER TABLE public.widgets DROP COLUMN updated_at;

CREATE OR REPLACE FUNCTION public.audit_row()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    insert into audit_log (table_name, action, row_id)
    values (tg_table_name, substr(tg_op, 1, 1), case when tg_op = 'DELETE' then old.id else new.id end);
    return null;
end $function$;

ALTER TABLE public.audit_log ALTER COLUMN changed_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.audit_log ALTER COLUMN changed_at TYPE timestamp without time zone USING changed_at::timestamp without time zone;

ALTER TABLE public.audit_log ALTER COLUMN changed_at SET DEFAULT now();

ALTER TABLE public.audit_log ALTER COLUMN id DROP IDENTITY;

-- hazard: rewrite
ALTER TABLE public.audit_log ALTER COLUMN row_id TYPE integer USING row_id::integer;

-- hazard: rewrite
ALTER TABLE public.gadgets ALTER COLUMN label TYPE character varying(50);

ALTER TABLE public.widgets ALTER COLUMN id DROP IDENTITY;

-- hazard: rewrite
ALTER TABLE public.widgets ALTER COLUMN price TYPE numeric(8,2);

CREATE OR REPLACE TRIGGER gadgets_audit AFTER INSERT OR UPDATE ON public.gadgets FOR EACH ROW EXECUTE FUNCTION public.audit_row();

CREATE SEQUENCE public.audit_log_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

-- hazard: rewrite
ALTER TABLE public.audit_log ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.audit_log ALTER COLUMN id SET DEFAULT nextval('public.audit_log_id_seq'::regclass);

SELECT pg_catalog.setval('public.audit_log_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.audit_log) AS existing WHERE existing.last >= 1;

CREATE SEQUENCE public.widgets_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

-- hazard: rewrite
ALTER TABLE public.widgets ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.widgets ALTER COLUMN id SET DEFAULT nextval('public.widgets_id_seq'::regclass);

SELECT pg_catalog.setval('public.widgets_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.widgets) AS existing WHERE existing.last >= 1;

ALTER SEQUENCE public.audit_log_id_seq OWNED BY public.audit_log.id;

ALTER SEQUENCE public.widgets_id_seq OWNED BY public.widgets.id;

COMMIT;
