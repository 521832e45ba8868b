INSERT INTO ledger_totals VALUES (1, 0);
