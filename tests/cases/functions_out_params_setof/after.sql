SELECT app.close_order(1);
SELECT * FROM app.ann_orders;
