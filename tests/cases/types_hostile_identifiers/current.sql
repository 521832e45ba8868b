CREATE SCHEMA "Typ ""Schema""; ü";
