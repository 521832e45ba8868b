CREATE SCHEMA "user";
CREATE TABLE "user"."order" (id int PRIMARY KEY, "select" text, "owner" name DEFAULT current_user);
