package org.gongzheng.supervision.alerts;

import java.time.Instant;

/** One round of rectification and how it was judged. */
public record Rectification(long id, int round, String explanation, String evidence, String evidenceSha256,
		long submittedBy, Instant submittedAt, String verdict, String verdictNote, Long verifiedBy, Instant verifiedAt,
		String evidenceFileName, String evidenceContentType, Long evidenceSize) {
}
