INSERT INTO top_v SELECT coalesce(max(id), 0) + 1, 5 FROM t;
INSERT INTO agg_v SELECT 'x', coalesce(max(id), 0) + 1 FROM t;
