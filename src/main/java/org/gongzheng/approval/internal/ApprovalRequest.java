package org.gongzheng.approval.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.Approvals.Status;
import org.gongzheng.approval.Approvals;
import org.gongzheng.organization.Role;
import org.gongzheng.shared.Languages;
import org.gongzheng.shared.SearchTerms;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.Label;

/**
 * A request for approval of one action on one case. It moves link by link through the chain
 * version it started with; a return ends the round, and a resubmission opens the next round at
 * the first link, keeping every earlier round and its signatures.
 */
@Entity
@Table(name = "approval_requests")
public class ApprovalRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ApprovalAction action;

	@Column(name = "chain_id")
	private Long chainId;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "case_number")
	private String caseNumber;

	@Column(name = "case_title")
	private String caseTitle;

	/** The case's parties' names, one per line, as at the latest submission: the register finds a request by them. */
	@Column(name = "case_party_names")
	private String casePartyNames;

	@Column(name = "case_unit_id")
	private Long caseUnitId;

	@Column(name = "case_unit_path")
	private String caseUnitPath;

	@Column(name = "subject_type")
	private String subjectType;

	@Column(name = "subject_id")
	private String subjectId;

	private String summary;

	@Column(name = "summary_en")
	private String summaryEn;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int round;

	@Column(name = "current_link")
	private Integer currentLink;

	/** The open link's role, copied so a signer's queue reads only the requests at links of their roles. */
	@Enumerated(EnumType.STRING)
	@Column(name = "open_link_role")
	private Role openLinkRole;

	@Column(name = "case_version")
	private long caseVersion;

	@Column(name = "submitted_by")
	private Long submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "current_due_at")
	private Instant currentDueAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "withdrawal_reason")
	private String withdrawalReason;

	@Column(name = "withdrawal_reason_en")
	private String withdrawalReasonEn;

	/** Who withdrew it by hand; null when the system did, or before this was kept. */
	@Column(name = "withdrawn_by")
	private Long withdrawnBy;

	@Version
	private Long version;

	protected ApprovalRequest() {
	}

	ApprovalRequest(ApprovalAction action, ApprovalChain chain, CaseSnapshot file, String subjectType, String subjectId,
			String summary, String summaryEn, long submittedBy, Instant now) {
		this.action = action;
		this.chainId = chain.getId();
		this.caseId = file.id();
		this.caseNumber = file.number();
		this.caseTitle = file.title();
		this.casePartyNames = file.partyNames();
		this.caseUnitId = file.unitId();
		this.caseUnitPath = file.unitPath();
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.summary = summary;
		this.summaryEn = summaryEn;
		this.status = Status.PENDING;
		this.round = 1;
		this.caseVersion = file.version();
		this.submittedBy = submittedBy;
		// As PostgreSQL keeps it: the round's row and its digest take the same time.
		this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/** Opens a link; {@code dueAt} is when its review should be done. */
	void openLink(ChainLink link, Instant dueAt) {
		this.currentLink = link.getOrder();
		this.openLinkRole = link.getRole();
		this.currentDueAt = dueAt;
	}

	void approved(Instant now) {
		decided(Status.APPROVED, now);
	}

	void returned(Instant now) {
		decided(Status.RETURNED, now);
	}

	void refused(Instant now) {
		decided(Status.REFUSED, now);
	}

	/** A link's decision ends the request (for this round): no link is open any more. */
	private void decided(Status outcome, Instant now) {
		this.status = outcome;
		closeOpenLink();
		this.decidedAt = now;
	}

	private void closeOpenLink() {
		this.currentLink = null;
		this.openLinkRole = null;
		this.currentDueAt = null;
	}

	/**
	 * Whether the submitter must act before anyone can: returned for correction, or still pending
	 * but pinned to a case version that is no longer current (no link can sign it, not even to
	 * return it, so only a resubmission or a withdrawal moves it).
	 */
	boolean awaitsSubmitter(long currentCaseVersion) {
		return status == Status.RETURNED || staleAgainst(currentCaseVersion);
	}

	/** Pending, but the case changed after submission: what was submitted is no longer current. */
	boolean staleAgainst(long currentCaseVersion) {
		return status == Status.PENDING && caseVersion != currentCaseVersion;
	}

	/**
	 * Whether its submitter or a handler may take it back: it waits for them, or it is pending and
	 * nobody has signed it in this round yet (a mistaken submission). Once someone has signed the
	 * round, only a return by a signer hands it back.
	 */
	boolean withdrawable(long currentCaseVersion, boolean signedThisRound) {
		return awaitsSubmitter(currentCaseVersion) || (status == Status.PENDING && !signedThisRound);
	}

	void withdrawn(String reason, long officerId, long currentCaseVersion, boolean signedThisRound, Instant now) {
		if (status != Status.PENDING && status != Status.RETURNED) {
			// Approved, refused or withdrawn already: there is nothing left to take back.
			throw new ConflictException("approval.withdraw.closed", Label.of(status));
		}
		if (!withdrawable(currentCaseVersion, signedThisRound)) {
			throw new ConflictException("approval.withdraw.notReturned");
		}
		closeOpenLink();
		this.status = Status.WITHDRAWN;
		this.withdrawalReason = reason;
		this.withdrawnBy = officerId;
		this.decidedAt = now;
	}

	/**
	 * Withdrawn by the system because its case ended (closed, revoked or not filed) or can no longer
	 * take the action, while it was still open: there is nothing left to approve, whether it waited
	 * at a link, for resubmission or for correction.
	 */
	void withdrawnBySystem(String reason, String reasonEn, Instant now) {
		if (status != Status.PENDING && status != Status.RETURNED) {
			throw new ConflictException("approval.notPending");
		}
		closeOpenLink();
		this.status = Status.WITHDRAWN;
		this.withdrawalReason = reason;
		this.withdrawalReasonEn = reasonEn;
		this.decidedAt = now;
	}

	void nextRound(long caseVersion, String casePartyNames, String summary, long submittedBy, Instant now) {
		if (!awaitsSubmitter(caseVersion)) {
			throw new ConflictException("approval.resubmit.notReturned");
		}
		this.round++;
		this.status = Status.PENDING;
		this.caseVersion = caseVersion;
		this.casePartyNames = casePartyNames;
		if (!summary.equals(this.summary)) {
			// Rewritten by the submitter: the system's English no longer says the same.
			this.summaryEn = null;
		}
		this.summary = summary;
		this.submittedBy = submittedBy;
		// As PostgreSQL keeps it: the round's row and its digest take the same time.
		this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.decidedAt = null;
	}

	Approvals.RequestSummary summary() {
		return new Approvals.RequestSummary(id, action, caseId, subjectType, subjectId, status, round, submittedBy,
				submittedAt, decidedAt, caseNumber, caseTitle, currentDueAt, caseVersion);
	}

	public boolean pending() {
		return status == Status.PENDING;
	}

	/** Whether {@code round}, as a form or call sent it, names a round this request never had. */
	boolean neverHad(Integer round) {
		return round != null && (round < 1 || round > this.round);
	}

	public boolean overdueAt(Instant now) {
		return pending() && currentDueAt != null && now.isAfter(currentDueAt);
	}

	public Long getId() {
		return id;
	}

	public ApprovalAction getAction() {
		return action;
	}

	public String getWithdrawalReason() {
		return withdrawalReason;
	}

	public Long getWithdrawnBy() {
		return withdrawnBy;
	}

	public Long getChainId() {
		return chainId;
	}

	public Long getCaseId() {
		return caseId;
	}

	public String getCaseNumber() {
		return caseNumber;
	}

	/** The names of the case's parties that hold any of the terms (as {@link SearchTerms} gives them). */
	public List<String> partiesNaming(List<String> terms) {
		return SearchTerms.linesHolding(casePartyNames, terms);
	}

	public String getCaseTitle() {
		return caseTitle;
	}

	public Long getCaseUnitId() {
		return caseUnitId;
	}

	public String getCaseUnitPath() {
		return caseUnitPath;
	}

	public String getSubjectType() {
		return subjectType;
	}

	public String getSubjectId() {
		return subjectId;
	}

	/** The withdrawal's reason in the reader's language where the system wrote it in both. */
	public String withdrawalReasonIn(Locale locale) {
		return Languages.pick(locale, withdrawalReason, withdrawalReasonEn);
	}

	public String getWithdrawalReasonEn() {
		return withdrawalReasonEn;
	}

	public String summaryIn(Locale locale) {
		return Languages.pick(locale, summary, summaryEn);
	}

	public String getSummaryEn() {
		return summaryEn;
	}

	/**
	 * Whether the system wrote the summary from the proposal itself (a penalty, a compulsory
	 * measure), which it does in both languages; such a summary is not rewritten on resubmission.
	 */
	public boolean summaryWrittenBySystem() {
		return summaryEn != null;
	}

	public String getSummary() {
		return summary;
	}

	public Status getStatus() {
		return status;
	}

	public int getRound() {
		return round;
	}

	public Integer getCurrentLink() {
		return currentLink;
	}

	public long getCaseVersion() {
		return caseVersion;
	}

	public Long getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getCurrentDueAt() {
		return currentDueAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Long getVersion() {
		return version;
	}
}
