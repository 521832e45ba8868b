SELECT * FROM user_names;
