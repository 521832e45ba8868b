-- schemadiff plan
-- source fingerprint: 15407cb734feb74c
-- target fingerprint: 725b3e4e84f9b4c2
-- 5 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.devices ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.devices_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE) NOT NULL;

ALTER TABLE ONLY public.devices ALTER COLUMN id SET STATISTICS 100;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY devices_id ON public.devices USING btree (id);

ALTER TABLE public.devices CLUSTER ON devices_id;

ALTER TABLE public.devices REPLICA IDENTITY USING INDEX devices_id;
