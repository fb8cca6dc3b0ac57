package org.gongzheng.document;

import java.time.Instant;

/** An issued document: its number (null for unnumbered types) and where it belongs. */
public record IssuedDocument(long id, DocumentType type, String number, String title, long authorityUnitId,
		String authorityName, Long caseId, String subjectType, String subjectId, String recipient, long issuedBy,
		Instant issuedAt, Long correctsId, String contentHash) {

	/** The page path of its PDF. */
	public String pdfPath() {
		return "/documents/" + id + ".pdf";
	}

	public String pagePath() {
		return "/documents/" + id;
	}
}
