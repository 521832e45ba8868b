INSERT INTO memberships (user_id, group_id, role) VALUES (1,1,'owner'),(2,1,'member'),(2,2,'owner'),(3,2,'member');
