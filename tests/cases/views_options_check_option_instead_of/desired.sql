CREATE TABLE t (id int PRIMARY KEY, owner text, v int);
CREATE VIEW base_v WITH (security_invoker, check_option = cascaded) AS SELECT id, owner, v FROM t WHERE v > 0;
CREATE VIEW top_v WITH (security_barrier = true) AS SELECT id, v FROM base_v WHERE v < 100 WITH LOCAL CHECK OPTION;
CREATE VIEW agg_v WITH (security_invoker = true) AS SELECT owner, sum(v) AS total FROM t GROUP BY owner;
CREATE FUNCTION agg_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (NEW.total::int, NEW.owner, NEW.total::int); RETURN NEW; END $$;
CREATE TRIGGER agg_v_ins INSTEAD OF INSERT OR UPDATE ON agg_v FOR EACH ROW EXECUTE FUNCTION agg_ins();
COMMENT ON TRIGGER agg_v_ins ON agg_v IS 'instead';
COMMENT ON COLUMN agg_v.total IS 'sum';
