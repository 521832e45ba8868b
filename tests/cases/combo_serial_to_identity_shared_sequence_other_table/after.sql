INSERT INTO tickets (subject) VALUES ('d');
INSERT INTO ticket_archive (subject) VALUES ('older');
