-- schemadiff plan
-- source fingerprint: 39036cc34b681b65
-- target fingerprint: b8cac90003cae681
-- 8 statements; hazards: irreversible

BEGIN;

ALTER TABLE app.orders ALTER COLUMN no DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE seqs.order_no;

CREATE SEQUENCE app.order_no AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1000 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE app.orders ALTER COLUMN no SET DEFAULT nextval('app.order_no'::regclass);

SELECT pg_catalog.setval('app.order_no', existing.last) FROM (SELECT pg_catalog.max(no) AS last FROM app.orders) AS existing WHERE existing.last >= 1000;

ALTER SEQUENCE app.order_no OWNED BY app.orders.no;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY orders_no_key ON app.orders (no);

ALTER TABLE app.orders ADD CONSTRAINT orders_no_key UNIQUE USING INDEX orders_no_key;
