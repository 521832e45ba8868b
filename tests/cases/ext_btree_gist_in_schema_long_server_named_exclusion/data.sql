INSERT INTO conference_room_reservations_for_the_whole_company_campus VALUES (1, 1, '[2024-01-01,2024-01-02)'), (2, 1, '[2024-01-02,2024-01-03)');
