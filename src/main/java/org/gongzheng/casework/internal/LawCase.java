package org.gongzheng.casework.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.DecisionKind;
import org.gongzheng.shared.SearchTerms;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.Label;

/** A case. Its state changes only in {@link #apply}, which enforces {@link CaseTransition}. */
@Entity
@Table(name = "cases")
public class LawCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_number")
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "case_type")
	private CaseType type;

	@Enumerated(EnumType.STRING)
	private CaseState state;

	private String title;

	/** The parties' names, one per line, for the keyword search (V92). */
	@Column(name = "party_names")
	private String partyNames = "";

	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(name = "report_source")
	private ReportSource reportSource;

	@Column(name = "reporter_name")
	private String reporterName;

	@Column(name = "reporter_phone")
	private String reporterPhone;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Column(name = "occurred_place")
	private String occurredPlace;

	@Column(name = "reported_at")
	private Instant reportedAt;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "unit_path")
	private String unitPath;

	@Column(name = "handler_id")
	private Long handlerId;

	@Column(name = "co_handler_id")
	private Long coHandlerId;

	@Column(name = "registered_by")
	private Long registeredBy;

	/** The key of the intake form the case was registered from, so the same form sent again finds it. */
	@Column(name = "intake_form_key")
	private String intakeFormKey;

	/** What was sent with the key ({@link IntakeCommand#digest()}); null for a case registered without one. */
	@Column(name = "intake_digest")
	private String intakeDigest;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Column(name = "filed_at")
	private Instant filedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision_kind")
	private DecisionKind decisionKind;

	@Column(name = "decision_summary")
	private String decisionSummary;

	@Column(name = "non_filing_reason")
	private String nonFilingReason;

	@Column(name = "revocation_reason")
	private String revocationReason;

	// A cache of the earliest open deadline, kept by Deadlines under a row lock. Excluded from the
	// version: the version is what an approval request pins, and moving a deadline (an approved
	// extension) does not change what a signer read.
	@OptimisticLock(excluded = true)
	@Column(name = "next_deadline_at")
	private Instant nextDeadlineAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private Long version;

	protected LawCase() {
	}

	LawCase(String caseNumber, CaseType type, Intake intake, long unitId, String unitPath, long registeredBy,
			Instant now) {
		this.caseNumber = caseNumber;
		this.type = type;
		this.state = CaseState.REGISTERED;
		this.title = intake.title();
		this.summary = intake.summary();
		this.reportSource = intake.reportSource();
		this.reporterName = intake.reporterName();
		this.reporterPhone = intake.reporterPhone();
		this.occurredAt = intake.occurredAt();
		this.occurredPlace = intake.occurredPlace();
		this.reportedAt = intake.reportedAt();
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.handlerId = intake.handlerId();
		this.registeredBy = registeredBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Moves the case along a transition. The caller has checked permissions and validated the
	 * details; this enforces only what the case itself knows: where it stands and its timeline.
	 */
	CaseState apply(CaseTransition transition, TransitionDetails details, Instant effectiveAt, Instant now) {
		if (!transition.allowedFrom(state)) {
			throw new ConflictException("case.transition.notAllowed", Label.of(transition), Label.of(state));
		}
		CaseState from = state;
		switch (transition) {
			case ACCEPT -> {
				handlerId = details.handlerId();
				coHandlerId = details.coHandlerId();
				acceptedAt = effectiveAt;
			}
			case FILE -> filedAt = effectiveAt;
			case DECLINE_FILING -> nonFilingReason = details.reason();
			case START_INVESTIGATION -> {
				// The filing record is enough; investigation starts the evidence-gathering phase.
			}
			case DECIDE -> {
				decisionKind = details.decisionKind();
				decisionSummary = details.reason();
				decidedAt = effectiveAt;
			}
			case CLOSE -> closedAt = effectiveAt;
			case REVOKE -> revocationReason = details.reason();
		}
		state = transition.target();
		if (state.terminal() && closedAt == null) {
			closedAt = effectiveAt;
		}
		updatedAt = now;
		return from;
	}

	/** The most recent time the case's state changed, which a new transition may not precede. */
	Instant lastStateChangeAt() {
		Instant latest = reportedAt;
		for (Instant t : new Instant[] { acceptedAt, filedAt, decidedAt, closedAt }) {
			if (t != null && t.isAfter(latest)) {
				latest = t;
			}
		}
		return latest;
	}

	void deadlinesChanged(Instant nextDueAt) {
		this.nextDeadlineAt = nextDueAt;
	}

	void sentWith(String formKey, String digest) {
		this.intakeFormKey = formKey;
		this.intakeDigest = digest;
	}

	String getIntakeDigest() {
		return intakeDigest;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void partyAdded(String name) {
		// A line break inside a name would let a keyword miss it; the keyword holds none.
		String line = name.replaceAll("\\R", " ");
		this.partyNames = partyNames.isEmpty() ? line : partyNames + "\n" + line;
	}

	/** The parties' names that hold any of the terms (lower case, as {@link SearchTerms} gives them). */
	List<String> partiesNaming(List<String> terms) {
		return SearchTerms.linesHolding(partyNames, terms);
	}

	boolean handledBy(long officerId) {
		return Long.valueOf(officerId).equals(handlerId) || Long.valueOf(officerId).equals(coHandlerId);
	}

	public Long getId() {
		return id;
	}

	public String getCaseNumber() {
		return caseNumber;
	}

	public CaseType getType() {
		return type;
	}

	public CaseState getState() {
		return state;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public ReportSource getReportSource() {
		return reportSource;
	}

	public String getReporterName() {
		return reporterName;
	}

	public String getReporterPhone() {
		return reporterPhone;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getOccurredPlace() {
		return occurredPlace;
	}

	public Instant getReportedAt() {
		return reportedAt;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public Long getHandlerId() {
		return handlerId;
	}

	public Long getCoHandlerId() {
		return coHandlerId;
	}

	public Long getRegisteredBy() {
		return registeredBy;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	public Instant getFiledAt() {
		return filedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public DecisionKind getDecisionKind() {
		return decisionKind;
	}

	public String getDecisionSummary() {
		return decisionSummary;
	}

	public String getNonFilingReason() {
		return nonFilingReason;
	}

	public String getRevocationReason() {
		return revocationReason;
	}

	public Instant getNextDeadlineAt() {
		return nextDeadlineAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Long getVersion() {
		return version;
	}
}
