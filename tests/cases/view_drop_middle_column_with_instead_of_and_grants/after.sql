UPDATE members_v SET city = 'bergen' WHERE id = 1;
