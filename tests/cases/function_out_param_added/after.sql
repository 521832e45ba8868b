SELECT * FROM split_name('Ada Lovelace');
