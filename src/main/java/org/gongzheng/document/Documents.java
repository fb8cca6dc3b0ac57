package org.gongzheng.document;

import java.util.List;
import java.util.Optional;

/** The document module's face. */
public interface Documents {

	/**
	 * Fills, numbers and stores a document in the caller's transaction: if that transaction rolls
	 * back, the number is given back, so numbers stay gap-free. Missing template fields are refused
	 * as invalid input naming the field.
	 */
	IssuedDocument issue(DocumentRequest request);

	Optional<IssuedDocument> find(long documentId);

	/** Documents recording a subject, oldest first (a decision and its corrections). */
	List<IssuedDocument> forSubject(String subjectType, String subjectId);

	/** The stored document as PDF with the Chinese text embedded. */
	byte[] pdf(long documentId);
}
