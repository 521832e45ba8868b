INSERT INTO ledger (memo) VALUES ('e');
