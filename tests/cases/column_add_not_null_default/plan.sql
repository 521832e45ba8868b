-- schemadiff plan
-- source fingerprint: 1b5d4d9043ba442a
-- target fingerprint: d28f0a6dd6765677
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.orders ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

ALTER TABLE public.orders ADD COLUMN flags bit(8) DEFAULT '00000000'::"bit" NOT NULL;

ALTER TABLE public.orders ADD COLUMN quantity integer DEFAULT 1 NOT NULL;

ALTER TABLE public.orders ADD COLUMN status text DEFAULT 'pending'::text NOT NULL;

COMMIT;
