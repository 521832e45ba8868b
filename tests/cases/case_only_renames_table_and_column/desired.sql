CREATE TABLE "Users" (id int PRIMARY KEY, "UserId" int, email text);
CREATE TABLE logins (user_id int REFERENCES "Users");
