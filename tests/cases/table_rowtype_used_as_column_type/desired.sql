-- Table rowtype used as column type.
CREATE TABLE address (street text, city text, postcode text);
CREATE TABLE shipments (id bigint PRIMARY KEY, ship_to address, bill_to address);
