package org.gongzheng.approval;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongzheng.shared.Languages;

/**
 * What approval needs to know about the case files it signs off, provided by the module that
 * owns them (casework). Approval depends on this interface, not on casework, so casework can in
 * turn submit requests and listen for their outcome.
 */
public interface ApprovalCaseFiles {

	Optional<CaseFile> find(long caseId);

	/**
	 * Several case files at once, by id, for lists (queues, records); ids of cases that do not exist
	 * are left out. Unlike {@link #find}, changes pending in the caller's transaction are not flushed
	 * first, so a signing decision reads its case file with {@code find}.
	 */
	Map<Long, CaseFile> findAll(Collection<Long> caseIds);

	/**
	 * The open cases (not yet closed, revoked or declined) the officer handles or co-handles: the
	 * cases on which a returned or stale request can be waiting for them.
	 */
	List<Long> openCasesHandledBy(long officerId);

	/**
	 * The case's materials a new round submits, in the order they were added: those voided as added
	 * by mistake are left out (the rounds that pinned them keep them).
	 */
	List<Material> materials(long caseId);

	/**
	 * For each of the materials the officer has opened at or after {@code since}, when they first
	 * did so since then. The server writes these view receipts when it serves a material; nobody can
	 * claim one. Approval passes the start of the current round, so reading a material for an
	 * earlier decision neither counts as reading it for this one nor dates the reading for it.
	 */
	Map<Long, Instant> firstViews(long officerId, Collection<Long> materialIds, Instant since);

	/**
	 * Those of the materials that have been voided: a round keeps what it pinned, and its page says
	 * which of them no longer stand.
	 */
	Set<Long> voided(Collection<Long> materialIds);

	/**
	 * A case file; {@code state} is where the case stands now and {@code outcome} what became of it
	 * (the kind of decision, when one was made), for the signers' lifelong records. {@code closed}:
	 * the case has ended (closed, revoked or not filed), so nothing on it can be submitted again.
	 * {@code partyNames}: the names of its parties, one per line, for the register's search.
	 */
	/**
	 * What was recorded on the case after {@code since} that changes its file (parties, materials,
	 * measures, property, its state), oldest first and at most {@code limit}: what a request
	 * submitted at {@code since} did not show its signers. Approvals and deadlines are left out;
	 * they do not change what was read.
	 */
	List<CaseChange> changesSince(long caseId, Instant since, int limit);

	record CaseFile(long id, String number, String title, long unitId, String unitPath, Long handlerId,
			Long coHandlerId, long version, String state, String outcome, boolean closed, String partyNames) {

		public boolean handledBy(long officerId) {
			return Long.valueOf(officerId).equals(handlerId) || Long.valueOf(officerId).equals(coHandlerId);
		}
	}

	record Material(long id, String title, String contentHash) {
	}

	/**
	 * One change on a case's timeline. {@code event}: its kind ({@code MATERIAL_ADDED},
	 * {@code MATERIAL_VOIDED}, {@code PARTY_ADDED}, a transition's name); {@code subject}: a message code for what it
	 * concerns, or null; {@code note}: as written (a material's title, a party's name, a reason), with
	 * {@code noteEn} where the system wrote it in English too.
	 */
	record CaseChange(String event, Instant recordedAt, Long actorId, String subject, String note, String noteEn) {

		public String noteIn(Locale locale) {
			return Languages.pick(locale, note, noteEn);
		}
	}
}
