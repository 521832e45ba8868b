INSERT INTO "order".items VALUES (1, 'x');
INSERT INTO "Order".items VALUES (1, 1);
