insert into user_settings (user_id) values ((select max(user_id) + 1 from user_settings));
