-- The basis of a calendar day in English beside the published Chinese title, for the English pages.
ALTER TABLE calendar_days ADD COLUMN citation_en VARCHAR(300);
UPDATE calendar_days SET citation_en = 'Measures on National Holidays and Memorial Days (2024 revision), art. 2'
WHERE citation = '《全国年节及纪念日放假办法》（2024年修订）第二条';
UPDATE calendar_days SET citation_en = 'Notice of the General Office of the State Council on the arrangement of certain holidays in 2026, item '
    || CASE substring(citation FROM '第(.)项') WHEN '一' THEN '1' WHEN '二' THEN '2' WHEN '三' THEN '3' WHEN '四' THEN '4'
       WHEN '五' THEN '5' WHEN '六' THEN '6' WHEN '七' THEN '7' END
WHERE citation LIKE '《国务院办公厅关于2026年部分节假日安排的通知》第_项';
