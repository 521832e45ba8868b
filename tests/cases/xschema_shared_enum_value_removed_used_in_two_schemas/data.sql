INSERT INTO app.accounts VALUES (1,'new'),(2,'active'),(3,'closed');
INSERT INTO audit.accounts VALUES (1,'new','active','{new,active}'),(3,'active','closed',NULL);
