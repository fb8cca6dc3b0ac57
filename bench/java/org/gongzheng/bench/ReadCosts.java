package org.gongzheng.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times reads like {@link Reads} and counts, for each, the rows it read per table, so that a read
 * whose work grows with a table the page does not show (a lookup per row, a scan of history) stands
 * out in the report next to its time.
 */
final class ReadCosts {

	private final JdbcTemplate jdbc;

	private final Map<String, Map<String, double[]>> byRead = new LinkedHashMap<>();

	private TableReads last;

	ReadCosts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		TableReads.awaitPublished();
		this.last = TableReads.of(jdbc);
	}

	/** The read's median time in milliseconds; its rows per table are kept under {@code label}. */
	double medianMillis(String label, Runnable read) {
		double median = Reads.medianMillis(read);
		TableReads.awaitPublished();
		TableReads now = TableReads.of(jdbc);
		byRead.put(label, now.perCall(last, Reads.CALLS));
		last = now;
		return median;
	}

	/**
	 * One row per table, one column per read: rows fetched by index + rows read sequentially per
	 * call, with the number of scans of each kind after them.
	 */
	String table() {
		StringBuilder table = new StringBuilder("| table |");
		StringBuilder rule = new StringBuilder("|---|");
		byRead.keySet().forEach(label -> {
			table.append(' ').append(label).append(" |");
			rule.append("---|");
		});
		table.append('\n').append(rule).append('\n');
		TreeSet<String> tables = new TreeSet<>();
		byRead.values().forEach(read -> tables.addAll(read.keySet()));
		for (String name : tables) {
			table.append("| ").append(name).append(" |");
			byRead.values().forEach(read -> {
				double[] per = read.get(name);
				table.append(per == null ? " – |" : " %,.0f + %,.0f (%.0f idx, %.0f seq) |".formatted(per[1], per[3], per[0], per[2]));
			});
			table.append('\n');
		}
		return table.toString();
	}
}
