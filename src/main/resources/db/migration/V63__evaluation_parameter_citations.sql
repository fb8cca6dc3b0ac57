-- Every tunable number of evaluation, ranking and sanctions says where it comes from, in both
-- languages: the defect weights had no basis at all, and the English page showed Chinese ones.
ALTER TABLE evaluation_parameters ADD COLUMN citation_en TEXT;

UPDATE evaluation_parameters SET citation = '本局执法监督排名通报办法：审核审批人按所签案件被预警、评查不合格和认定执法过错计分排名（示例，按本地规定调整）'
 WHERE code IN ('DEFECT_WEIGHT_ALERT', 'DEFECT_WEIGHT_FAILED_EVALUATION', 'DEFECT_WEIGHT_FAULT') AND citation IS NULL;

UPDATE evaluation_parameters SET citation_en = CASE code
    WHEN 'SAMPLE_PER_UNIT' THEN 'Provisions on the Assessment of Law-Enforcement Quality of Public Security Organs, art. 9: quality is assessed both routinely and by period, by drawing case files.'
    WHEN 'GRADE_EXCELLENT_MIN' THEN 'The bureau''s case-quality evaluation rules (an example; adjust to local rules).'
    WHEN 'GRADE_PASS_MIN' THEN 'The bureau''s case-quality evaluation rules (an example; adjust to local rules).'
    WHEN 'SANCTION_BOTTOM_PLACES' THEN 'The bureau''s supervision ranking rules: the bottom three places each month.'
    WHEN 'SANCTION_STRIKES_PER_YEAR' THEN 'The bureau''s supervision ranking rules: three bottom placements within a year suspend the reviewer''s approval rights.'
    WHEN 'REVIEWER_MIN_GROUP_SIZE' THEN 'In a smaller peer group the ranking is shown but no bottom placement counts, so that nobody is "last" merely for being one of few.'
    WHEN 'DEFECT_WEIGHT_ALERT' THEN 'The bureau''s supervision ranking rules: reviewers are ranked by points for alerts, failed evaluations and faults on the cases they signed (an example; adjust to local rules).'
    WHEN 'DEFECT_WEIGHT_FAILED_EVALUATION' THEN 'The bureau''s supervision ranking rules: reviewers are ranked by points for alerts, failed evaluations and faults on the cases they signed (an example; adjust to local rules).'
    WHEN 'DEFECT_WEIGHT_FAULT' THEN 'The bureau''s supervision ranking rules: reviewers are ranked by points for alerts, failed evaluations and faults on the cases they signed (an example; adjust to local rules).'
    WHEN 'YELLOW_CARD_BOTTOM_IN_QUARTER' THEN 'The bureau''s supervision ranking rules: a unit at the bottom twice in a quarter gets a yellow card.'
    WHEN 'YELLOW_CARD_OVERDUE_ALERTS' THEN 'The bureau''s supervision ranking rules: a unit with many problems left unrectified past their deadline gets a yellow card.'
END;
