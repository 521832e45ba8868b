-- schemadiff rollback
-- source fingerprint: db60ed8e3a665ba6
-- target fingerprint: 8a277b069d841e75
-- 7 statements; hazards: rewrite

BEGIN;

DROP STATISTICS st.items_expr;

-- hazard: rewrite
ALTER TABLE app.items ALTER COLUMN a TYPE integer USING a::integer;

ALTER TABLE app.items ALTER COLUMN b TYPE text USING b::text;

-- hazard: rewrite
ALTER TABLE app.items ALTER COLUMN d TYPE integer USING d::integer;

CREATE STATISTICS st.items_expr (ndistinct, dependencies, mcv) ON ((a + c)), (lower(b)) FROM app.items;

ALTER STATISTICS st.items_expr SET STATISTICS 300;

COMMENT ON STATISTICS st.items_expr IS 'expr stats';

COMMIT;
