INSERT INTO crm.contacts VALUES (1, ROW('Main St', 'Springfield'), NULL);
