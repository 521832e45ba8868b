CREATE TYPE order_state AS ENUM ('placed', 'shipped', 'delivered');

CREATE TABLE shipments (
    id integer PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'placed',
    carrier text
);

CREATE INDEX shipments_in_transit_idx ON shipments (carrier) WHERE state = 'shipped';

CREATE VIEW undelivered_shipments AS
    SELECT id, state, carrier FROM shipments WHERE state <> 'delivered';
