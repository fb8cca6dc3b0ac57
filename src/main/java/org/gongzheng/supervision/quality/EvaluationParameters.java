package org.gongzheng.supervision.quality;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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

	private final JdbcTemplate jdbc;

	EvaluationParameters(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public record Parameter(String code, int value, String nameZh, String nameEn, String citation) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
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
		return jdbc.query("select code, value, name_zh, name_en, citation from evaluation_parameters order by code",
				(rs, i) -> new Parameter(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
	}

	public Scoring.Thresholds thresholds() {
		return new Scoring.Thresholds(value(GRADE_EXCELLENT_MIN), value(GRADE_PASS_MIN));
	}
}
