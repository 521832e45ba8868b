INSERT INTO "Tenant A".entity (id, extra) VALUES (1, 'x');
INSERT INTO base.entity (id) VALUES (2);
