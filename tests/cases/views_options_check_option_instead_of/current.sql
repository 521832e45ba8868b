CREATE TABLE t (id int PRIMARY KEY, owner text, v int);
CREATE VIEW base_v WITH (security_barrier) AS SELECT id, owner, v FROM t WHERE v > 0 WITH LOCAL CHECK OPTION;
CREATE VIEW top_v AS SELECT id, v FROM base_v WHERE v < 100 WITH CASCADED CHECK OPTION;
CREATE VIEW agg_v AS SELECT owner, sum(v) AS total FROM t GROUP BY owner;
CREATE FUNCTION agg_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (NEW.total::int, NEW.owner, NEW.total::int); RETURN NEW; END $$;
CREATE TRIGGER agg_v_ins INSTEAD OF INSERT ON agg_v FOR EACH ROW EXECUTE FUNCTION agg_ins();
