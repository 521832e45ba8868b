INSERT INTO projects VALUES (1, 10, 'alpha'), (2, 10, 'beta'), (3, 20, 'gamma');
INSERT INTO tasks (tenant_id, project_id) VALUES (10, 1), (10, 2), (20, 3);
