SELECT add_money(paid, paid) FROM payments;
SELECT payment_total();
