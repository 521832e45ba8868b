INSERT INTO discounts VALUES ('SUMMER', 15), ('VIP', 40), ('HALF', 50);
