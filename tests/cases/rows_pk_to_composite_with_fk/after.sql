INSERT INTO tasks (tenant_id, project_id) VALUES (20, 3);
