-- schemadiff rollback
-- source fingerprint: 9343268285cefd17
-- target fingerprint: 29622f3e625f57ad
-- 6 statements; hazards: none

BEGIN;

CREATE SEQUENCE public.audit_log_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE TABLE public.audit_log (
    id bigint DEFAULT nextval('public.audit_log_id_seq'::regclass) NOT NULL,
    happened_at timestamp with time zone DEFAULT now() NOT NULL,
    payload jsonb
);

ALTER SEQUENCE public.audit_log_id_seq OWNED BY public.audit_log.id;

ALTER TABLE public.audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);

ALTER TABLE public.audit_log ADD CONSTRAINT audit_log_payload_check CHECK ((jsonb_typeof(payload) = 'object'::text));

CREATE INDEX audit_log_happened_at_idx ON public.audit_log USING btree (happened_at);

COMMIT;
