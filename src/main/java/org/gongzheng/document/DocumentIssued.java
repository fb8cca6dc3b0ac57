package org.gongzheng.document;

import java.time.Instant;

/** A document was issued (published in the issuing transaction). */
public record DocumentIssued(long documentId, DocumentType type, String number, long authorityUnitId, Long caseId,
		String subjectType, String subjectId, Long correctsId, Instant issuedAt) {
}
