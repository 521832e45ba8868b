INSERT INTO customers (email, country_code, notes) VALUES ('a@x.io','US','vip'),('b@x.io','DE',NULL),('c@x.io','FR','late payer');
