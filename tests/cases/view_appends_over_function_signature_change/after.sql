SELECT * FROM calibrated;
