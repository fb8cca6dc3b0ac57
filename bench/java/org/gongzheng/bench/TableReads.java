package org.gongzheng.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows read per table (pg_stat_user_tables), so a query whose work grows with a table shows even
 * when its blocks per call stay low: a lookup walking hundreds of index entries for one row.
 */
final class TableReads {

	/**
	 * A backend that flushed its statistics less than a second before going idle keeps the rest
	 * pending for ten seconds (PostgreSQL's idle flush interval; seen on this server: a second scan
	 * 0.2 s after the first showed in pg_stat_user_tables only 10.2 s later).
	 */
	private static final long PUBLISHED_AFTER_MILLIS = 11_000;

	private final Map<String, long[]> counters;

	private TableReads(Map<String, long[]> counters) {
		this.counters = counters;
	}

	/** Waits until every backend has published what it counted so far; read the counters after this. */
	static void awaitPublished() {
		Pause.millis(PUBLISHED_AFTER_MILLIS);
	}

	/** The counters as last published: call {@link #awaitPublished()} first. */
	static TableReads of(JdbcTemplate jdbc) {
		Map<String, long[]> counters = new TreeMap<>();
		jdbc.query("select relname, idx_scan, idx_tup_fetch, seq_scan, seq_tup_read from pg_stat_user_tables", rs -> {
			counters.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) });
		});
		return new TableReads(counters);
	}

	/**
	 * For each table any row was read from since {@code before}: index scans, rows fetched by index,
	 * sequential scans and rows read sequentially, each divided by {@code calls}.
	 */
	Map<String, double[]> perCall(TableReads before, int calls) {
		Map<String, double[]> read = new LinkedHashMap<>();
		counters.forEach((name, now) -> {
			long[] then = before.counters.getOrDefault(name, new long[4]);
			if (now[1] - then[1] + now[3] - then[3] > 0) {
				double[] per = new double[4];
				for (int k = 0; k < 4; k++) {
					per[k] = (now[k] - then[k]) / (double) calls;
				}
				read.put(name, per);
			}
		});
		return read;
	}

	/** A table of what was read since {@code before}, per chain, for the tables read at all. */
	String since(TableReads before, int chains) {
		return "## Rows read per approval chain, by table (database gongzheng)\n\n" + table(before, chains);
	}

	/** What was read since {@code before}, per call, as a Markdown table of the tables read at all. */
	String table(TableReads before, int calls) {
		StringBuilder table = new StringBuilder("""
				| table | index scans | rows fetched by index | sequential scans | rows read sequentially |
				|---|---|---|---|---|
				""");
		perCall(before, calls).forEach((name, per) -> table
			.append("| %s | %,.1f | %,.1f | %,.1f | %,.1f |%n".formatted(name, per[0], per[1], per[2], per[3])));
		return table.toString();
	}
}
