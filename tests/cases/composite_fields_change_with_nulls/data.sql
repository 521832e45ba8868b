INSERT INTO ledger VALUES (1, ROW('rent', 500, true)), (2, NULL), (3, ROW(NULL, NULL, NULL));
