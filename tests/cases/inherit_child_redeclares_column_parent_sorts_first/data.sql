INSERT INTO log_audit (id, actor) VALUES (1, 'alice');
INSERT INTO log (id) VALUES (2);
