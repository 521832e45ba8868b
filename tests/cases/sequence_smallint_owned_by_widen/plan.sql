-- schemadiff plan
-- source fingerprint: 0514ef5ca275144d
-- target fingerprint: 958af665de5c1334
-- 6 statements; hazards: rewrite

BEGIN;

ALTER SEQUENCE public.categories_id_seq AS integer START WITH 100 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.categories ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.categories ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.categories ALTER COLUMN id SET DEFAULT nextval('public.categories_id_seq'::regclass);

CREATE TABLE public.tickets (
    no integer DEFAULT nextval('public.ticket_no_seq'::regclass) NOT NULL,
    subject text
);

ALTER SEQUENCE public.ticket_no_seq OWNED BY public.tickets.no;

COMMIT;
