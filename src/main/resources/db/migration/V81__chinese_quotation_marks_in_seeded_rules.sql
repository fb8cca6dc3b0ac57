-- Chinese text quotes with “ ”, as the message bundles do; the supervision rules and one evaluation
-- parameter were seeded with ASCII double quotes. Neither the descriptions nor the citations are
-- editable in the application, so every row still holds its seeded text; pairs are replaced in
-- order, so “/” in the body-cam rule comes out right as well.
UPDATE supervision_rules
SET description_zh = regexp_replace(description_zh, '"([^"]*)"', '“\1”', 'g')
WHERE description_zh LIKE '%"%"%';

UPDATE supervision_rules
SET citation = regexp_replace(citation, '"([^"]*)"', '“\1”', 'g')
WHERE citation LIKE '%"%"%';

UPDATE evaluation_parameters
SET citation = regexp_replace(citation, '"([^"]*)"', '“\1”', 'g')
WHERE citation LIKE '%"%"%';
