package org.gongzheng.approval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import org.gongzheng.shared.AttestedRecords.Unattested;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams every id of an attested table (a verification reads the whole log anyway) and counts
 * the ones no audit entry vouches for, keeping none but the sample: the newest, since rows from
 * before attestation began (an upgrade's) hold the lowest ids.
 */
final class UnattestedScan {

	private UnattestedScan() {
	}

	/** {@code table} is one of this module's own table names, never input. */
	static Unattested of(JdbcTemplate jdbc, String type, String table, LongPredicate attested, int sample) {
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(5_000);
		List<Long> first = new ArrayList<>();
		long[] count = { 0 };
		streaming.query("select id from " + table + " order by id desc", rs -> {
			long id = rs.getLong(1);
			if (!attested.test(id)) {
				count[0]++;
				if (first.size() < sample) {
					first.add(id);
				}
			}
		});
		return new Unattested(type, count[0], List.copyOf(first));
	}
}
