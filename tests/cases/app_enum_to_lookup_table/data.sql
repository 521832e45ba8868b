insert into tickets (title, state) values ('Printer on fire', 'open'), ('Ünicode bug', 'in_progress'), ('Done', 'closed');
