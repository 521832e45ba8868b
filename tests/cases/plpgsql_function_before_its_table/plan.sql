-- schemadiff plan
-- source fingerprint: 3012ba2392f53c51
-- target fingerprint: ebed85e3af42f233
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE SEQUENCE public.hits_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

CREATE OR REPLACE FUNCTION public.bump(k text)
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
DECLARE r int;
BEGIN
  INSERT INTO counters AS c (name, n) VALUES (k, 1)
    ON CONFLICT (name) DO UPDATE SET n = c.n + 1 RETURNING n INTO r;
  RETURN r;
END $function$;

CREATE TABLE public.hits (
    id integer DEFAULT nextval('public.hits_id_seq'::regclass) NOT NULL,
    counter text
);

ALTER SEQUENCE public.hits_id_seq OWNED BY public.hits.id;

ALTER TABLE public.hits ADD CONSTRAINT hits_pkey PRIMARY KEY (id);

ALTER TABLE public.hits ADD CONSTRAINT hits_counter_fkey FOREIGN KEY (counter) REFERENCES public.counters(name);

COMMIT;
