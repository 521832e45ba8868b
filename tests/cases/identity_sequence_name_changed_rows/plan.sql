-- schemadiff plan
-- source fingerprint: 89057a5e293be0cc
-- target fingerprint: 54f6601b9d4d3a20
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.shipments_id_seq RENAME TO shipment_number_seq;

COMMIT;
