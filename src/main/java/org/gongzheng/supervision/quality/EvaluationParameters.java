package org.gongzheng.supervision.quality;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.Languages;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.NotFoundException;

/** The evaluation, ranking and sanction numbers the legal department keeps as data (V45). */
@Component
public class EvaluationParameters {

	public static final String SAMPLE_PER_UNIT = "SAMPLE_PER_UNIT";
	public static final String GRADE_EXCELLENT_MIN = "GRADE_EXCELLENT_MIN";
	public static final String GRADE_PASS_MIN = "GRADE_PASS_MIN";
	public static final String SANCTION_BOTTOM_PLACES = "SANCTION_BOTTOM_PLACES";
	public static final String SANCTION_STRIKES_PER_YEAR = "SANCTION_STRIKES_PER_YEAR";
	public static final String REVIEWER_MIN_GROUP_SIZE = "REVIEWER_MIN_GROUP_SIZE";
	public static final String DEFECT_WEIGHT_ALERT = "DEFECT_WEIGHT_ALERT";
	public static final String DEFECT_WEIGHT_FAILED_EVALUATION = "DEFECT_WEIGHT_FAILED_EVALUATION";
	public static final String DEFECT_WEIGHT_FAULT = "DEFECT_WEIGHT_FAULT";
	public static final String YELLOW_CARD_BOTTOM_IN_QUARTER = "YELLOW_CARD_BOTTOM_IN_QUARTER";
	public static final String YELLOW_CARD_OVERDUE_ALERTS = "YELLOW_CARD_OVERDUE_ALERTS";

	static final int MAX_VALUE = 1000;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvaluationParameters(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public record Parameter(String code, int value, String nameZh, String nameEn, String citation, String citationEn,
			long version) {

		public String name(Locale locale) {
			return Languages.pick(locale, nameZh, nameEn);
		}

		public String citation(Locale locale) {
			return Languages.pick(locale, citation, citationEn);
		}
	}

	public int value(String code) {
		List<Integer> values = jdbc.queryForList("select value from evaluation_parameters where code = ?", Integer.class, code);
		if (values.isEmpty()) {
			throw new NotFoundException("evaluation.parameter.notFound", code);
		}
		return values.get(0);
	}

	public List<Parameter> all() {
		return jdbc.query("""
				select code, value, name_zh, name_en, citation, citation_en, version
				from evaluation_parameters order by code""",
				(rs, i) -> new Parameter(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getLong(7)));
	}

	/**
	 * LEGAL changes one value. Grade thresholds must stay within 0..100 with the pass mark not
	 * above the excellent one; sanction counts and group sizes must be at least one.
	 */
	@Transactional
	public Parameter change(String code, Integer value, long version, SignedInOfficer legal) {
		if (!legal.has(Role.LEGAL)) {
			throw new ForbiddenException("evaluation.legalOnly");
		}
		Parameter current = all().stream().filter(p -> p.code().equals(code)).findFirst()
			.orElseThrow(() -> new NotFoundException("evaluation.parameter.notFound", code));
		if (value == null) {
			throw InvalidInputException.of("value", "validation.required");
		}
		if (value < 0 || value > MAX_VALUE) {
			throw InvalidInputException.of("value", "evaluation.parameter.range", MAX_VALUE);
		}
		boolean grade = code.startsWith("GRADE_");
		if (grade && value > 100) {
			throw InvalidInputException.of("value", "evaluation.parameter.range", 100);
		}
		if (!grade && !code.startsWith("DEFECT_WEIGHT_") && value < 1) {
			throw InvalidInputException.of("value", "validation.positive");
		}
		if (GRADE_PASS_MIN.equals(code) && value > value(GRADE_EXCELLENT_MIN)
				|| GRADE_EXCELLENT_MIN.equals(code) && value < value(GRADE_PASS_MIN)) {
			throw InvalidInputException.of("value", "evaluation.parameter.thresholds");
		}
		int updated = jdbc.update("""
				update evaluation_parameters set value = ?, version = version + 1, updated_at = ?, updated_by = ?
				where code = ? and version = ?""", value, Timestamp.from(clock.instant()), legal.officerId(), code, version);
		if (updated == 0) {
			throw ConflictException.staleVersion(Label.of(current.nameZh(), current.nameEn()));
		}
		events.publishEvent(AuditEvent.success("EVALUATION_PARAMETER_CHANGED", "EVALUATION_PARAMETER", code,
				current.value() + " -> " + value));
		return all().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
	}

	public Scoring.Thresholds thresholds() {
		return new Scoring.Thresholds(value(GRADE_EXCELLENT_MIN), value(GRADE_PASS_MIN));
	}
}
