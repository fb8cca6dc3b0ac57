package org.gongzheng.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/** Column lists for copying rows set-based, so a copy keeps up with the schema's migrations. */
final class Columns {

	private Columns() {
	}

	/** The table's columns in order, comma-separated, without those named. */
	static String of(JdbcTemplate jdbc, String table, String... except) {
		return String.join(", ", jdbc.queryForList("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = ? and column_name <> all(?)
				order by ordinal_position""", String.class, table, except));
	}
}
