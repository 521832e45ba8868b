INSERT INTO warehouse_inventory.storage_location_bins VALUES (1),(2);
INSERT INTO warehouse_inventory.inventory_movement_ledger_entries_by_location VALUES (1,1),(2,2);
