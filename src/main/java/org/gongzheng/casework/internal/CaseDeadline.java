package org.gongzheng.casework.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;

/**
 * A running statutory deadline of one case (or of one measure in it). It copies the rule's unit,
 * extension limit and warning window when it starts, so later edits of the rule do not move it.
 */
@Entity
@Table(name = "case_deadlines")
public class CaseDeadline {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "measure_id")
	private Long measureId;

	@Column(name = "rule_code")
	private String ruleCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "duration_unit")
	private DeadlineRule.DurationUnit durationUnit;

	@Column(name = "max_extension")
	private int maxExtension;

	@Column(name = "warn_before_hours")
	private int warnBeforeHours;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "extended_by")
	private int extendedBy;

	@Column(name = "extension_reason")
	private String extensionReason;

	@Column(name = "extended_at")
	private Instant extendedAt;

	@Column(name = "extended_by_id")
	private Long extendedById;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "closed_outcome")
	private Outcome closedOutcome;

	@Version
	private Long version;

	enum Outcome {
		MET, CANCELLED
	}

	protected CaseDeadline() {
	}

	CaseDeadline(long caseId, Long measureId, DeadlineRule rule, Instant startedAt, java.time.ZoneId zone) {
		this.caseId = caseId;
		this.measureId = measureId;
		this.ruleCode = rule.getCode();
		this.durationUnit = rule.getDurationUnit();
		this.maxExtension = rule.getMaxExtensionAmount();
		this.warnBeforeHours = rule.getWarnBeforeHours();
		this.startedAt = startedAt;
		this.dueAt = rule.dueFrom(startedAt, 0, zone);
	}

	/** The status at {@code now}: open deadlines warn inside their window, closed ones report how they ended. */
	public DeadlineStatus statusAt(Instant now) {
		if (closedOutcome == Outcome.CANCELLED) {
			return DeadlineStatus.CANCELLED;
		}
		if (closedOutcome == Outcome.MET) {
			return closedAt.isAfter(dueAt) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
		}
		if (now.isAfter(dueAt)) {
			return DeadlineStatus.OVERDUE;
		}
		return now.isAfter(dueAt.minus(Duration.ofHours(warnBeforeHours))) ? DeadlineStatus.DUE_SOON
				: DeadlineStatus.ON_TRACK;
	}

	/** Time left until due (negative when overdue). */
	public Duration remainingAt(Instant now) {
		return Duration.between(now, dueAt);
	}

	boolean open() {
		return closedAt == null;
	}

	/** Whether the rule still allows extending by {@code amount} (an approved request may wait a while). */
	boolean allowsExtension(Integer amount) {
		return open() && maxExtension > 0 && amount != null && amount >= 1 && extendedBy + amount <= maxExtension;
	}

	int remainingExtension() {
		return Math.max(0, maxExtension - extendedBy);
	}

	/** Refuses an extension the rule does not allow; changes nothing. */
	void checkExtension(int amount) {
		if (!open()) {
			throw new ConflictException("deadline.closed");
		}
		if (maxExtension == 0) {
			throw new ConflictException("deadline.notExtendable");
		}
		if (amount < 1 || extendedBy + amount > maxExtension) {
			throw InvalidInputException.of("amount", "deadline.extension.range", maxExtension - extendedBy);
		}
	}

	void extend(int amount, String reason, long officerId, Instant now, java.time.ZoneId zone, DeadlineRule rule) {
		checkExtension(amount);
		extendedBy += amount;
		extensionReason = extensionReason == null ? reason : extensionReason + "\n" + reason;
		extendedAt = now;
		extendedById = officerId;
		dueAt = rule.dueFrom(startedAt, extendedBy, zone);
	}

	/** Replaces the rule, e.g. when a detention turns out to concern a roving or gang suspect. */
	void reclassify(DeadlineRule rule, String reason, long officerId, Instant now, java.time.ZoneId zone) {
		if (!open()) {
			throw new ConflictException("deadline.closed");
		}
		ruleCode = rule.getCode();
		durationUnit = rule.getDurationUnit();
		maxExtension = rule.getMaxExtensionAmount();
		warnBeforeHours = rule.getWarnBeforeHours();
		extendedBy = 0;
		extensionReason = extensionReason == null ? reason : extensionReason + "\n" + reason;
		extendedAt = now;
		extendedById = officerId;
		dueAt = rule.dueFrom(startedAt, 0, zone);
	}

	void met(Instant at) {
		if (open()) {
			closedAt = at;
			closedOutcome = Outcome.MET;
		}
	}

	void cancel(Instant at) {
		if (open()) {
			closedAt = at;
			closedOutcome = Outcome.CANCELLED;
		}
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public Long getMeasureId() {
		return measureId;
	}

	public String getRuleCode() {
		return ruleCode;
	}

	public DeadlineRule.DurationUnit getDurationUnit() {
		return durationUnit;
	}

	public int getMaxExtension() {
		return maxExtension;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public int getExtendedBy() {
		return extendedBy;
	}

	public String getExtensionReason() {
		return extensionReason;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Long getVersion() {
		return version;
	}
}
