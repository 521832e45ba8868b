SET app.tenant = '1';
SET ROLE sd_writer;
INSERT INTO documents (tenant_id, title) VALUES (1, 'new');
SELECT count(*) FROM documents;
RESET ROLE;
