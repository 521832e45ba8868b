INSERT INTO accounts (email) VALUES ('a@x'), ('b@x');
