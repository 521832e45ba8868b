INSERT INTO t VALUES (1, '[1,2)', '{[1,2),[3,4)}');
