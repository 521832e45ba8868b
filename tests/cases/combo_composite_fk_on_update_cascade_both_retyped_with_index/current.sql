CREATE TABLE shelves (
    aisle smallint NOT NULL,
    code varchar(4) NOT NULL,
    label text,
    PRIMARY KEY (aisle, code)
);
CREATE TABLE slots (
    id integer PRIMARY KEY,
    aisle smallint NOT NULL,
    shelf_code varchar(4) NOT NULL,
    FOREIGN KEY (aisle, shelf_code) REFERENCES shelves (aisle, code) ON UPDATE CASCADE ON DELETE RESTRICT
);
CREATE VIEW slot_labels AS SELECT s.id, h.label FROM slots s JOIN shelves h ON h.aisle = s.aisle AND h.code = s.shelf_code;
