-- schemadiff plan
-- source fingerprint: 94b2f6576f4921ed
-- target fingerprint: 9d483f0136bb26b5
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.orders ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

ALTER TABLE public.orders ADD COLUMN flags bit(8) DEFAULT '00000000'::"bit" NOT NULL;

ALTER TABLE public.orders ADD COLUMN quantity integer DEFAULT 1 NOT NULL;

ALTER TABLE public.orders ADD COLUMN status text DEFAULT 'pending'::text NOT NULL;

COMMIT;
