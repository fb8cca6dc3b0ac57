-- Which units are a bureau's legal-affairs department (法制部门). Legal review links
-- (Administrative Penalty Law art. 58) are signed there, and only there may an officer hold LEGAL,
-- which reads the whole bureau. Until now any department directly under a bureau counted, so a
-- detachment whose officer held LEGAL ranked with the legal department.
ALTER TABLE units ADD COLUMN legal_affairs BOOLEAN NOT NULL DEFAULT FALSE;

-- Keeps what signs today: a department directly under a bureau that holds LEGAL officers, or is
-- named as the legal department. An administrator can then unmark a detachment among them.
UPDATE units u SET legal_affairs = TRUE
WHERE u.kind = 'DEPARTMENT'
  AND EXISTS (SELECT 1 FROM units b WHERE b.id = u.parent_id AND b.kind = 'BUREAU')
  AND (u.name_zh LIKE '%法制%'
       OR EXISTS (SELECT 1 FROM officers o
                  JOIN accounts a ON a.officer_id = o.id
                  JOIN account_roles r ON r.account_id = a.id AND r.role = 'LEGAL'
                  WHERE o.unit_id = u.id));

ALTER TABLE units ADD CONSTRAINT units_legal_affairs_department
    CHECK (NOT legal_affairs OR kind = 'DEPARTMENT');
