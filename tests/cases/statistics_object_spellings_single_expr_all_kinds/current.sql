CREATE TABLE public."Customers" ("Id" int, "FirstName" text, "LastName" text, born date, score numeric);
