CREATE TABLE warehouses (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE
);
CREATE TABLE bins (
    id integer PRIMARY KEY,
    warehouse_code text NOT NULL,
    capacity integer NOT NULL,
    used integer NOT NULL DEFAULT 0
);
ALTER TABLE bins ADD CONSTRAINT bins_capacity_check CHECK (capacity > 0) NOT VALID;
ALTER TABLE bins ADD CONSTRAINT bins_used_check CHECK (used <= capacity) NOT VALID;
ALTER TABLE bins ADD CONSTRAINT bins_warehouse_fkey FOREIGN KEY (warehouse_code) REFERENCES warehouses (code) NOT VALID;
