insert into user_settings values (1, true, NULL, 'en'), (2, false, true, 'pt-BR'), (3, true, false, 'zh-Hant');
