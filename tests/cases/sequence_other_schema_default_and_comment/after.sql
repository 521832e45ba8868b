INSERT INTO accounts (name) VALUES ('initech');
