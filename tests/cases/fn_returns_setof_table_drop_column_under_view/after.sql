SELECT * FROM user_emails; SELECT * FROM active_users();
