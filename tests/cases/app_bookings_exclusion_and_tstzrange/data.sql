insert into rooms (name, capacity) values ('Aula', 100), ('Kämmerchen', 2), ('Closet', NULL);
insert into bookings (room_id, starts_at, ends_at, guest) values (1, '2024-05-01 09:00', '2024-05-01 10:00', 'Ann'), (1, '2024-05-01 10:00', '2024-05-01 11:00', NULL), (2, '2024-05-01 09:00', '2024-05-02 09:00', '李');
