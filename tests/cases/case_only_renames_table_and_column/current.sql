CREATE TABLE users (id int PRIMARY KEY, userid int, "Email" text);
CREATE TABLE logins (user_id int REFERENCES users);
