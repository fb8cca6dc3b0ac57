-- Supervision rules and the evaluation checklist cite their basis in Chinese only, so the English
-- pages showed the citation untranslated beside an English name and description. These are working
-- translations of the cited provisions' substance, not official texts.
ALTER TABLE supervision_rules ADD COLUMN citation_en TEXT;

UPDATE supervision_rules SET citation_en = CASE code
    WHEN 'ACCEPTED_NOT_FILED' THEN 'Provisions on the Procedures for Handling Criminal Cases by Public Security Organs, art. 178: after accepting a case the organ examines it and, with the approval of the head of an organ at county level or above, files it where a crime must be prosecuted and falls within its jurisdiction, or declines to file it where there is no crime, the facts are plainly minor, or the law otherwise excludes prosecution.'
    WHEN 'DEADLINE_NEAR' THEN 'Public Security Administration Punishment Law arts. 83 and 99; Criminal Procedure Law arts. 79 and 91.'
    WHEN 'DEADLINE_PASSED' THEN 'Public Security Administration Punishment Law arts. 83 and 99; Criminal Procedure Law arts. 79 and 91.'
    WHEN 'DECISION_CHANGED_AFTER_APPROVAL' THEN 'Administrative Penalty Law arts. 57 and 58: a penalty decision is approved by the organ''s head, and a major one needs legal review first.'
    WHEN 'DECISION_MISSING_FROM_LEDGER' THEN 'Provisions on the Assessment of Law-Enforcement Quality of Public Security Organs: ledgers and case files must match, with no entry lacking a file and no file lacking an entry.'
    WHEN 'FILED_WITHOUT_REQUIRED_MATERIALS' THEN 'Provisions on the Procedures for Handling Administrative Cases by Public Security Organs, art. 26, and the Public Security Law-Enforcement Rules: evidence is entered as the case proceeds and the case file must be complete.'
    WHEN 'INTAKE_NOT_ACCEPTED' THEN 'Provisions on the Procedures for Handling Administrative Cases by Public Security Organs, art. 61: reports, complaints, tip-offs, suspects brought in or surrendering, and cases transferred by other state organs are accepted promptly and registered online.'
    WHEN 'LEDGER_WITHOUT_CASE_FILE' THEN 'Provisions on the Assessment of Law-Enforcement Quality of Public Security Organs: ledgers and case files must match, with no entry lacking a file and no file lacking an entry.'
    WHEN 'MANDATORY_COMPONENT_OMITTED' THEN 'Road Traffic Safety Law arts. 24 and 88; Administrative Penalty Law art. 5.'
    WHEN 'ONSITE_WITHOUT_BODYCAM' THEN 'Provisions on Audio-Visual Recording of On-Site Law Enforcement by Public Security Organs, art. 4: on-the-spot penalties and similar enforcement are recorded on audio and video.'
    WHEN 'PENALTY_OUT_OF_RANGE' THEN 'Administrative Penalty Law art. 34: administrative organs may lay down discretion standards by law to regulate their discretion in imposing penalties.'
    WHEN 'SEIZED_PROPERTY_KEPT_TOO_LONG' THEN 'Provisions on the Management of Property Involved in Cases, art. 17: property involved in a case is dealt with promptly according to law.'
    WHEN 'SEIZED_PROPERTY_UNREGISTERED' THEN 'Provisions on the Management of Property Involved in Cases, art. 10: within 24 hours of the measure the handling officers hand the property over to its custodian and complete the handover.'
    WHEN 'SIGNED_TOO_FAST' THEN 'Provisions on Standardizing Public Security Law Enforcement: reviewers and approvers read the case materials carefully and do not "sign without reviewing".'
    WHEN 'SIMPLE_PROCEDURE_OVER_LIMIT' THEN 'Administrative Penalty Law art. 51; Road Traffic Safety Law art. 107.'
END;

ALTER TABLE quality_checklist_items ADD COLUMN citation_en TEXT;

UPDATE quality_checklist_items SET citation_en = CASE citation
    WHEN '《中华人民共和国行政处罚法》第三十四条' THEN 'Administrative Penalty Law art. 34'
    WHEN '《公安机关办理行政案件程序规定》第二十六条' THEN 'Provisions on the Procedures for Handling Administrative Cases by Public Security Organs, art. 26'
    WHEN '《公安机关办理行政案件程序规定》第二十七条' THEN 'Provisions on the Procedures for Handling Administrative Cases by Public Security Organs, art. 27'
    WHEN '《公安机关涉案财物管理若干规定》第七条' THEN 'Provisions on the Management of Property Involved in Cases, art. 7'
    WHEN '《中华人民共和国行政处罚法》第四十条' THEN 'Administrative Penalty Law art. 40'
    WHEN '《中华人民共和国治安管理处罚法》第九十九条' THEN 'Public Security Administration Punishment Law art. 99'
    WHEN '《中华人民共和国行政处罚法》第四十四条、第四十五条' THEN 'Administrative Penalty Law arts. 44 and 45'
    WHEN '《中华人民共和国行政处罚法》第五十七条、第五十八条' THEN 'Administrative Penalty Law arts. 57 and 58'
END
WHERE citation IS NOT NULL;
