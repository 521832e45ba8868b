-- schemadiff plan
-- source fingerprint: 7703261f65546144
-- target fingerprint: 379b8b6d0d1b38e7
-- 22 statements; hazards: none

BEGIN;

COMMENT ON COLUMN app.pair.x IS 'x coord';

COMMENT ON SCHEMA app IS 'application';

COMMENT ON COLLATION app.c1 IS 'coll';

COMMENT ON COLUMN app.mv.id IS 'mat col';

COMMENT ON COLUMN app.t.id IS 'identifier';

COMMENT ON COLUMN app.v.m IS 'view col';

COMMENT ON INDEX app.t_pkey IS 'pk index';

COMMENT ON CONSTRAINT t_n_check ON app.t IS 'bounded';

COMMENT ON CONSTRAINT t_pkey ON app.t IS 'pk';

COMMENT ON DOMAIN app.posint IS 'positive';

COMMENT ON CONSTRAINT posint_check ON DOMAIN app.posint IS 'must be > 0';

COMMENT ON FUNCTION app.f(a integer) IS 'func';

COMMENT ON PROCEDURE app.p() IS 'proc';

COMMENT ON INDEX app.t_m_idx IS 'by mood';

COMMENT ON POLICY t_pol ON app.t IS 'pol';

COMMENT ON SEQUENCE app.s IS 'seq';

COMMENT ON TABLE app.t IS 'the table';

COMMENT ON TRIGGER t_trg ON app.t IS 'trig';

COMMENT ON TYPE app.mood IS 'mood enum';

COMMENT ON TYPE app.pair IS 'pair';

COMMENT ON MATERIALIZED VIEW app.mv IS 'mat';

COMMENT ON VIEW app.v IS 'view';

COMMIT;
