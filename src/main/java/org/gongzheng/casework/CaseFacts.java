package org.gongzheng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What other modules may know about a case: enough to decide about it, sign for it, or write a
 * legal document from it. Personal data is included in full; callers that show it to a person
 * must record that access themselves.
 */
public record CaseFacts(long id, String caseNumber, CaseType type, CaseState state, String title, String summary,
		long unitId, String unitPath, Long handlerId, Long coHandlerId, Instant reportedAt, Instant occurredAt,
		String occurredPlace, Instant acceptedAt, long version, List<PartyFact> parties, List<MaterialFact> materials) {

	public boolean handledBy(long officerId) {
		return Long.valueOf(officerId).equals(handlerId) || Long.valueOf(officerId).equals(coHandlerId);
	}

	/** A party of the case; {@code organization} tells a unit from a citizen (penalty limits differ). */
	public record PartyFact(long id, boolean organization, String role, String name, String idNumber, String creditCode,
			String gender, LocalDate birthDate, String phone, String address, String legalRepresentative) {
	}

	/** A material with the hash of its content, which approvals pin. */
	public record MaterialFact(long id, String type, String title, String contentHash, Instant createdAt,
			String deviceCode, Instant recordedFrom, Instant recordedTo) {
	}
}
