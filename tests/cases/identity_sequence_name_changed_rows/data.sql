INSERT INTO shipments (carrier) VALUES ('dhl'), ('ups'), ('fedex'), ('usps');
