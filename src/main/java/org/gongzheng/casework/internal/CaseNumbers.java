package org.gongzheng.casework.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues case numbers per unit and year, gap-free: the counter row stays locked until the intake
 * commits, and a rolled-back intake rolls its number back with it.
 */
@Component
class CaseNumbers {

	private final JdbcTemplate jdbc;

	CaseNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(long unitId, String unitCode, int year) {
		Integer sequence = jdbc.queryForObject("""
				insert into case_number_counters (unit_id, year, last_value) values (?, ?, 1)
				on conflict (unit_id, year) do update set last_value = case_number_counters.last_value + 1
				returning last_value""", Integer.class, unitId, year);
		return format(unitCode, year, sequence);
	}

	/** {@code <12-digit unit code>-<year>-<5-digit sequence>}, e.g. 330102510000-2026-00042. */
	static String format(String unitCode, int year, int sequence) {
		return "%s-%d-%05d".formatted(unitCode, year, sequence);
	}

	/**
	 * Whether {@code term} could be part of a case number, as {@link #format} writes them: digits and
	 * hyphens only (a unit's code is twelve digits, which the database checks).
	 */
	static boolean couldHold(String term) {
		return term.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '-');
	}
}
