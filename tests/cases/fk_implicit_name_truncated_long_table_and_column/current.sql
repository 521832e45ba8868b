CREATE SCHEMA warehouse_inventory;
CREATE TABLE warehouse_inventory.storage_location_bins (id int PRIMARY KEY);
CREATE TABLE warehouse_inventory.inventory_movement_ledger_entries_by_location (
  id int PRIMARY KEY,
  destination_storage_location_bin_identifier int
);
