INSERT INTO shipments (carrier) VALUES ('gls');
