package org.gongzheng.document.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues document numbers per authority, series and year, gap-free: the counter row stays locked
 * until the issuing transaction ends, so concurrent issues queue and a rolled-back issue returns
 * its number. Nothing else may run in that transaction after the number is taken but the insert
 * of the document and what the caller records with it.
 */
@Component
class DocumentNumbers {

	private final JdbcTemplate jdbc;

	DocumentNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int next(long authorityUnitId, String series, int year) {
		return jdbc.queryForObject("""
				insert into document_number_counters (authority_unit_id, series, year, last_value) values (?, ?, ?, 1)
				on conflict (authority_unit_id, series, year)
				do update set last_value = document_number_counters.last_value + 1
				returning last_value""", Integer.class, authorityUnitId, series, year);
	}
}
