package org.gongzheng.document;

import java.time.Instant;
import java.util.Map;

/**
 * Asks for a document to be issued. The caller has decided that it may be issued (authority,
 * approvals); the document module fills the template, numbers and stores it.
 *
 * @param unitId the unit of the issuing officer; its deciding authority numbers the document
 * @param caseId the case it belongs to, when there is one; case facts fill the template
 * @param subjectType what the document records when that is not the case itself, e.g. PENALTY_DECISION
 * @param recipient the person or organization it is addressed or delivered to
 * @param fields the template's fields, by name
 * @param correctsId the document this one corrects, or null
 */
public record DocumentRequest(DocumentType type, long unitId, Long caseId, String subjectType, String subjectId,
		String recipient, Map<String, String> fields, long issuedBy, Instant issuedAt, Long correctsId,
		String correctionReason) {

	public static DocumentRequest of(DocumentType type, long unitId, Long caseId, String subjectType, String subjectId,
			String recipient, Map<String, String> fields, long issuedBy, Instant issuedAt) {
		return new DocumentRequest(type, unitId, caseId, subjectType, subjectId, recipient, fields, issuedBy, issuedAt,
				null, null);
	}
}
