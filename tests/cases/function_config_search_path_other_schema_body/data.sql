INSERT INTO inv.stock VALUES ('A1', 5);
