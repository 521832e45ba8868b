-- schemadiff plan
-- source fingerprint: 95caefd48279bb5f
-- target fingerprint: 344d1e32d5b1c4e4
-- 3 statements; hazards: none

BEGIN;

CREATE UNLOGGED SEQUENCE public.t_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

CREATE UNLOGGED TABLE public.t (
    id integer DEFAULT nextval('public.t_id_seq'::regclass) NOT NULL
);

ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;

COMMIT;
