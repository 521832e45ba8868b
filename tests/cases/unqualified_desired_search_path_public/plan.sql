-- schemadiff plan
-- source fingerprint: 38cbbe9098589c9c
-- target fingerprint: c347a717480cd3ff
-- 9 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE TYPE public.kind AS ENUM ('a', 'b');

CREATE DOMAIN public.posint AS integer;

ALTER DOMAIN public.posint ADD CONSTRAINT posint_check CHECK ((VALUE > 0));

ALTER TABLE app.items ADD COLUMN k public.kind;

ALTER TABLE app.items ADD COLUMN p public.posint;

ALTER TABLE public.items ADD COLUMN label text;

CREATE VIEW public.priced AS
SELECT i.id, i.price, a.qty FROM items i JOIN app.items a USING (id);

COMMENT ON TABLE public.items IS 'public items';

COMMIT;

CREATE INDEX CONCURRENTLY items_label_idx ON public.items USING btree (label);
