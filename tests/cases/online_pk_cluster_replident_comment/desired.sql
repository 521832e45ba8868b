CREATE TABLE public.orders (id bigint NOT NULL, code text NOT NULL, note text, CONSTRAINT orders_pkey PRIMARY KEY (id), CONSTRAINT orders_code_key UNIQUE (code));
ALTER TABLE public.orders CLUSTER ON orders_pkey;
ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_code_key;
COMMENT ON CONSTRAINT orders_pkey ON public.orders IS 'the key';
COMMENT ON INDEX public.orders_code_key IS 'code index';
CREATE INDEX orders_note_idx ON public.orders (note);
COMMENT ON INDEX public.orders_note_idx IS 'note idx';
ALTER TABLE public.orders ALTER COLUMN note SET STATISTICS 300;
