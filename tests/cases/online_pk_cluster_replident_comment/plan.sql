-- schemadiff plan
-- source fingerprint: 264076248058b3b3
-- target fingerprint: b8bbdcd3c05aedbc
-- 15 statements; hazards: none

BEGIN;

ALTER TABLE public.orders ADD CONSTRAINT schemadiff_nn_06ffd3d99787c613 CHECK (code IS NOT NULL) NOT VALID;

ALTER TABLE ONLY public.orders ALTER COLUMN note SET STATISTICS 300;

COMMIT;

ALTER TABLE public.orders VALIDATE CONSTRAINT schemadiff_nn_06ffd3d99787c613;

ALTER TABLE public.orders ALTER COLUMN code SET NOT NULL;

ALTER TABLE public.orders DROP CONSTRAINT schemadiff_nn_06ffd3d99787c613;

CREATE UNIQUE INDEX CONCURRENTLY orders_pkey ON public.orders (id);

ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey;

ALTER TABLE public.orders CLUSTER ON orders_pkey;

CREATE UNIQUE INDEX CONCURRENTLY orders_code_key ON public.orders (code);

ALTER TABLE public.orders ADD CONSTRAINT orders_code_key UNIQUE USING INDEX orders_code_key;

ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_code_key;

CREATE INDEX CONCURRENTLY orders_note_idx ON public.orders USING btree (note);

COMMENT ON INDEX public.orders_code_key IS 'code index';

COMMENT ON CONSTRAINT orders_pkey ON public.orders IS 'the key';

COMMENT ON INDEX public.orders_note_idx IS 'note idx';
