-- schemadiff plan
-- source fingerprint: 8a277b069d841e75
-- target fingerprint: db60ed8e3a665ba6
-- 7 statements; hazards: rewrite

BEGIN;

DROP STATISTICS st.items_expr;

-- hazard: rewrite
ALTER TABLE app.items ALTER COLUMN a TYPE bigint USING a::bigint;

-- hazard: rewrite
ALTER TABLE app.items ALTER COLUMN b TYPE character varying(50);

-- hazard: rewrite
ALTER TABLE app.items ALTER COLUMN d TYPE text USING d::text;

CREATE STATISTICS st.items_expr (ndistinct, dependencies, mcv) ON ((a + c)), (lower((b)::text)) FROM app.items;

ALTER STATISTICS st.items_expr SET STATISTICS 300;

COMMENT ON STATISTICS st.items_expr IS 'expr stats';

COMMIT;
