INSERT INTO documents (tenant_id, title) VALUES (1,'a'),(2,'b');
