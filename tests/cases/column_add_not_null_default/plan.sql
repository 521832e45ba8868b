-- schemadiff plan
-- source fingerprint: dae240da8156aaef
-- target fingerprint: 9af0f83b6f3298be
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.orders ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

ALTER TABLE public.orders ADD COLUMN flags bit(8) DEFAULT '00000000'::"bit" NOT NULL;

ALTER TABLE public.orders ADD COLUMN quantity integer DEFAULT 1 NOT NULL;

ALTER TABLE public.orders ADD COLUMN status text DEFAULT 'pending'::text NOT NULL;

COMMIT;
