CREATE TABLE warehouses (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE
);
CREATE TABLE bins (
    id integer PRIMARY KEY,
    warehouse_code text NOT NULL,
    capacity integer NOT NULL,
    used integer NOT NULL DEFAULT 0,
    CONSTRAINT bins_capacity_check CHECK (capacity > 0),
    CONSTRAINT bins_used_check CHECK (used <= capacity AND used >= 0),
    CONSTRAINT bins_warehouse_fkey FOREIGN KEY (warehouse_code) REFERENCES warehouses (code) ON DELETE CASCADE
);
CREATE INDEX bins_warehouse_code_idx ON bins (warehouse_code);
CREATE VIEW bin_free AS SELECT id, capacity - used AS free FROM bins;
