-- Reasons the system writes when it suspends a reviewer's approval rights or issues a yellow card
-- were one text holding both languages ("…依规暂停审批权限 / …: approval rights suspended"), so
-- every reader saw both, on the approval queue and in the banner of every page. They are now kept
-- per language, as names and citations are. A reason a person types (a restoration, a lifted card)
-- stays as written, in reason alone.
ALTER TABLE approval_right_changes ADD COLUMN reason_en TEXT;
ALTER TABLE reviewer_sanctions ADD COLUMN reason_en TEXT;
ALTER TABLE yellow_cards ADD COLUMN reason_en TEXT;

-- Split what the system wrote before: the Chinese text, " / ", the English text (which began in
-- lower case after the separator; on its own it starts a sentence).
UPDATE reviewer_sanctions
SET reason_en = upper(substr(reason, position(' / ' IN reason) + 3, 1)) || substr(reason, position(' / ' IN reason) + 4),
    reason = left(reason, position(' / ' IN reason) - 1)
WHERE position(' / ' IN reason) > 0;

UPDATE yellow_cards
SET reason_en = upper(substr(reason, position(' / ' IN reason) + 3, 1)) || substr(reason, position(' / ' IN reason) + 4),
    reason = left(reason, position(' / ' IN reason) - 1)
WHERE rule IN ('BOTTOM_IN_QUARTER', 'OVERDUE_ALERTS') AND position(' / ' IN reason) > 0;

-- Only suspensions the system decided (changed_by null) in the sanction's words; anything typed by a
-- person is left alone.
UPDATE approval_right_changes
SET reason_en = upper(substr(reason, position(' / ' IN reason) + 3, 1)) || substr(reason, position(' / ' IN reason) + 4),
    reason = left(reason, position(' / ' IN reason) - 1)
WHERE changed_by IS NULL AND suspended AND position(' / bottom of the peer group' IN reason) > 0;
