INSERT INTO contacts VALUES (3, 'cid@x.org', 44) ON CONFLICT (id) DO NOTHING;
SELECT * FROM contact_domains;
