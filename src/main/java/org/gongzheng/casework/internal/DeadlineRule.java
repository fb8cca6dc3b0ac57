package org.gongzheng.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.context.MessageSourceResolvable;

import org.gongzheng.shared.Languages;
import org.gongzheng.shared.error.Label;

/** A statutory time limit with its legal citation, kept as data (seeded by migration V5). */
@Entity
@Table(name = "deadline_rules")
public class DeadlineRule {

	@Id
	private String code;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(name = "trigger_event")
	private DeadlineTrigger trigger;

	@Column(name = "duration_amount")
	private int durationAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "duration_unit")
	private DurationUnit durationUnit;

	@Column(name = "max_extension_amount")
	private int maxExtensionAmount;

	@Column(name = "warn_before_hours")
	private int warnBeforeHours;

	@Column(name = "citation_zh")
	private String citationZh;

	@Column(name = "citation_en")
	private String citationEn;

	private boolean active;

	@Version
	private Long version;

	protected DeadlineRule() {
	}

	DeadlineRule(String code, DeadlineTrigger trigger, int amount, DurationUnit unit, int maxExtension, int warnBeforeHours) {
		this.code = code;
		this.nameZh = code;
		this.nameEn = code;
		this.trigger = trigger;
		this.durationAmount = amount;
		this.durationUnit = unit;
		this.maxExtensionAmount = maxExtension;
		this.warnBeforeHours = warnBeforeHours;
		this.citationZh = "";
		this.citationEn = "";
		this.active = true;
	}

	/**
	 * Periods in days do not count the day they start on and end when the last day ends in the
	 * unit's zone; periods in hours run exactly from the start. Moving the end past a public
	 * holiday is not done here.
	 */
	Instant dueFrom(Instant start, int extension, ZoneId zone) {
		return durationUnit.add(start, durationAmount + extension, zone);
	}

	Duration warnBefore() {
		return Duration.ofHours(warnBeforeHours);
	}

	public String name(Locale locale) {
		return Languages.pick(locale, nameZh, nameEn);
	}

	/** The rule's name as a message argument, in the reader's language. */
	public MessageSourceResolvable label() {
		return Label.of(nameZh, nameEn);
	}

	public String citation(Locale locale) {
		return Languages.pick(locale, citationZh, citationEn);
	}

	public String getCode() {
		return code;
	}

	public DeadlineTrigger getTrigger() {
		return trigger;
	}

	public int getDurationAmount() {
		return durationAmount;
	}

	public DurationUnit getDurationUnit() {
		return durationUnit;
	}

	public int getMaxExtensionAmount() {
		return maxExtensionAmount;
	}

	public int getWarnBeforeHours() {
		return warnBeforeHours;
	}

	public boolean isActive() {
		return active;
	}

	public enum DurationUnit {
		HOURS, DAYS;

		Instant add(Instant start, int amount, ZoneId zone) {
			if (this == HOURS) {
				return start.plus(amount, ChronoUnit.HOURS);
			}
			return start.atZone(zone).toLocalDate().plusDays(amount).plusDays(1).atStartOfDay(zone).toInstant()
				.minusNanos(1000);
		}
	}
}
