INSERT INTO "user"."order" (id, "select") VALUES (1, 'a'), (2, NULL);
