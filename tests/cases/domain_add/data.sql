INSERT INTO crm.contacts (id, name) VALUES (1, 'Ada'), (2, 'Grace');
