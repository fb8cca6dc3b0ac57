package org.gongzheng.bench;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows read per table (pg_stat_user_tables), so a query whose work grows with a table shows even
 * when its blocks per call stay low: a lookup walking hundreds of index entries for one row.
 */
final class TableReads {

	private final Map<String, long[]> counters;

	private TableReads(Map<String, long[]> counters) {
		this.counters = counters;
	}

	/** The counters as last published; backends publish theirs about once a second, so read after a pause. */
	static TableReads of(JdbcTemplate jdbc) {
		Map<String, long[]> counters = new TreeMap<>();
		jdbc.query("select relname, idx_scan, idx_tup_fetch, seq_scan, seq_tup_read from pg_stat_user_tables", rs -> {
			counters.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) });
		});
		return new TableReads(counters);
	}

	/** A table of what was read since {@code before}, per chain, for the tables read at all. */
	String since(TableReads before, int chains) {
		StringBuilder table = new StringBuilder("""
				## Rows read per approval chain, by table (database gongzheng)

				| table | index scans | rows fetched by index | sequential scans | rows read sequentially |
				|---|---|---|---|---|
				""");
		counters.forEach((name, now) -> {
			long[] then = before.counters.getOrDefault(name, new long[4]);
			if (now[1] - then[1] + now[3] - then[3] > 0) {
				table.append("| %s | %.1f | %.1f | %.1f | %.1f |%n".formatted(name, (now[0] - then[0]) / (double) chains,
						(now[1] - then[1]) / (double) chains, (now[2] - then[2]) / (double) chains,
						(now[3] - then[3]) / (double) chains));
			}
		});
		return table.toString();
	}
}
