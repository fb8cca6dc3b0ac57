package org.gongzheng.document.web;

import org.gongzheng.document.DocumentType;

/**
 * A document type issued by hand, as the case page offers it: {@code refusal} says, in the reader's
 * language, why the case's state does not allow it now; null when it may be issued.
 */
public record HandIssueOption(DocumentType type, String refusal) {

	public boolean isAvailable() {
		return refusal == null;
	}
}
