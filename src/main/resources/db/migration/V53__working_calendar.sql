-- The working-day calendar that review periods counted in working days follow. Saturdays and
-- Sundays are rest days unless listed here as WORKDAY (the State Council's adjusted working days,
-- 调休); a weekday listed as HOLIDAY is a rest day. Administrators keep it from the State Council's
-- annual notice on the holiday arrangements; only the statutory holidays themselves are seeded.
CREATE TABLE calendar_days (
    day         DATE         PRIMARY KEY,
    kind        VARCHAR(8)   NOT NULL,
    name_zh     VARCHAR(40)  NOT NULL,
    name_en     VARCHAR(60)  NOT NULL,
    citation    VARCHAR(300),
    created_by  BIGINT       REFERENCES officers (id),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT calendar_days_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);

-- The 2026 statutory holidays of the Measures on National Holidays and Memorial Days (2024
-- revision, art. 2): New Year's Day 1 day, Spring Festival 4 days (New Year's Eve to the third
-- day), Qingming 1 day, Labour Day 2 days, Dragon Boat 1 day, Mid-Autumn 1 day, National Day 3
-- days. The days given in lieu and the adjusted working days of the annual notice are not seeded.
INSERT INTO calendar_days (day, kind, name_zh, name_en, citation) VALUES
('2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-02-16', 'HOLIDAY', '春节（除夕）', 'Spring Festival (New Year''s Eve)', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-02-17', 'HOLIDAY', '春节', 'Spring Festival', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-02-18', 'HOLIDAY', '春节', 'Spring Festival', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-02-19', 'HOLIDAY', '春节', 'Spring Festival', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-04-05', 'HOLIDAY', '清明节', 'Qingming Festival', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-05-02', 'HOLIDAY', '劳动节', 'Labour Day', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-10-01', 'HOLIDAY', '国庆节', 'National Day', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-10-02', 'HOLIDAY', '国庆节', 'National Day', '《全国年节及纪念日放假办法》（2024年修订）第二条'),
('2026-10-03', 'HOLIDAY', '国庆节', 'National Day', '《全国年节及纪念日放假办法》（2024年修订）第二条');
