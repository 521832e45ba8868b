-- schemadiff rollback
-- source fingerprint: 54f6601b9d4d3a20
-- target fingerprint: 89057a5e293be0cc
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.shipment_number_seq RENAME TO shipments_id_seq;

COMMIT;
