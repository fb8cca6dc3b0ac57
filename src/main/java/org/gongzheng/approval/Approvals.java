package org.gongzheng.approval;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;

import org.gongzheng.organization.SignedInOfficer;

/** The approval module's face. */
public interface Approvals {

	/**
	 * Opens an approval request (or a new round of a returned one) for an action on a case. The
	 * request keeps the chain version, the case version and the materials' content hashes.
	 */
	RequestSummary submit(ApprovalSubmission submission, SignedInOfficer submitter);

	/**
	 * Opens a new round of a returned request, pinned to the case's current version and materials.
	 * {@code summary}: null keeps what the request asks; a summary the system wrote from the proposal
	 * (a penalty, a measure) cannot be rewritten. {@code note}: optional, what the submitter corrected.
	 */
	RequestSummary resubmit(long requestId, String summary, String note, SignedInOfficer submitter);

	/**
	 * Withdraws 撤回 a request that will not be submitted again, with the reason: one returned for
	 * correction, one whose case changed after submission, or a pending one nobody has signed in
	 * this round yet. The handler or the submitter may. The action it asked for is closed without
	 * effect; its rounds and signatures stay on record. {@code round}, when given, is the round the
	 * officer was looking at: if the request has been resubmitted since, nothing is withdrawn.
	 */
	RequestSummary withdraw(long requestId, Integer round, String reason, SignedInOfficer officer);

	/**
	 * Withdraws every request still open on a case that has just ended (closed, revoked or not
	 * filed), in the caller's transaction, with the reason in both languages; {@code officerId} is
	 * who ended it. Each withdrawal is audited and published as any other, so the module that asked
	 * for the action closes it without effect.
	 */
	void withdrawOpenOnEndedCase(long caseId, String reason, String reasonEn, long officerId);

	/**
	 * Withdraws one request whose action the case can no longer take (it asked to decline filing
	 * and the case was filed meanwhile, say), as {@link #withdrawOpenOnEndedCase} does; a request
	 * no longer open is left as it is.
	 */
	void withdrawMoot(long requestId, String reason, String reasonEn, long officerId);

	/** Signs the open link of a request. Every signing rule is checked on the server. */
	default RequestSummary sign(long requestId, Decision decision, String opinion, SignedInOfficer signer) {
		return sign(requestId, null, null, decision, opinion, signer);
	}

	/**
	 * Signs the link the signer was looking at: if {@code round} or {@code link} is given and the
	 * request has moved past it (someone else signed first), the signature is refused.
	 */
	RequestSummary sign(long requestId, Integer round, Integer link, Decision decision, String opinion,
			SignedInOfficer signer);

	/**
	 * Whether the action on a case of the unit at {@code unitPath} currently needs approval: a chain
	 * for it is in force for the case's bureau (its own, or the provincial default).
	 */
	boolean required(ApprovalAction action, String unitPath);

	/** The officers who could sign the open link now, ignoring only whether they have read the materials. */
	List<Long> eligibleSigners(long requestId);

	Optional<RequestSummary> request(long requestId);

	/** Pending requests whose open link this officer could sign now or after reading, most urgent first. */
	List<RequestSummary> waitingFor(SignedInOfficer officer);

	/**
	 * Requests returned for correction 退回补正 that the officer is to fix and submit again: those
	 * they submitted or on cases they handle, newest return first, each with the return's opinion;
	 * the first {@code limit}, with how many there are in all.
	 */
	Page<Returned> returnedTo(SignedInOfficer officer, int limit);

	/**
	 * Pending requests the officer submitted or whose case they handle, on a case that changed
	 * after submission: nobody can sign them until the officer resubmits or withdraws them. The
	 * oldest {@code limit}, with how many there are in all.
	 */
	Page<RequestSummary> staleFor(SignedInOfficer officer, int limit);

	/** Every request about a case, newest first. */
	List<RequestSummary> requestsFor(long caseId);

	/** Every signature given on a case: the case's accountability record. */
	List<SignatureRecord> signaturesOnCase(long caseId);

	/** Every signature an officer ever gave: their lifelong accountability record. */
	List<SignatureRecord> signaturesBy(long officerId);

	enum Status {
		PENDING, APPROVED, RETURNED, REFUSED, WITHDRAWN
	}

	enum Decision {
		APPROVE, RETURN, REFUSE
	}

	/** A request as other modules see it; {@code caseVersion} is the case version its round was submitted on. */
	record RequestSummary(long id, ApprovalAction action, long caseId, String subjectType, String subjectId,
			Status status, int round, long submittedBy, java.time.Instant submittedAt, java.time.Instant decidedAt,
			String caseNumber, String caseTitle, java.time.Instant currentDueAt, long caseVersion) {

		/**
		 * Pending on a case that changed after submission: nobody can sign it until its submitter
		 * resubmits or withdraws it.
		 */
		public boolean staleAgainst(long currentCaseVersion) {
			return status == Status.PENDING && caseVersion != currentCaseVersion;
		}
	}

	/** A request returned for correction, with who returned it, when and why. */
	record Returned(RequestSummary request, long returnedBy, java.time.Instant returnedAt, String opinion) {
	}

	/**
	 * One signature: who signed which link of which round, with what opinion, when, against which
	 * case version and having read which materials (their content hashes), and when the signer
	 * first opened them.
	 */
	record SignatureRecord(long id, long requestId, ApprovalAction action, long caseId, int round, int linkOrder,
			String linkName, long signerId, Decision decision, String opinion, java.time.Instant signedAt,
			long caseVersion, List<String> materialHashes, java.time.Instant materialsFirstOpenedAt) {
	}
}
