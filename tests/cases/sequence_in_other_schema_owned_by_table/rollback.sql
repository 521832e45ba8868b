-- schemadiff rollback
-- source fingerprint: b8cac90003cae681
-- target fingerprint: 39036cc34b681b65
-- 7 statements; hazards: irreversible

BEGIN;

ALTER TABLE app.orders DROP CONSTRAINT orders_no_key;

ALTER SEQUENCE app.order_no OWNED BY NONE;

ALTER TABLE app.orders ALTER COLUMN no DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE app.order_no;

CREATE SEQUENCE seqs.order_no AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE app.orders ALTER COLUMN no SET DEFAULT nextval('seqs.order_no'::regclass);

SELECT pg_catalog.setval('seqs.order_no', existing.last) FROM (SELECT pg_catalog.max(no) AS last FROM app.orders) AS existing WHERE existing.last >= 1;

COMMIT;
