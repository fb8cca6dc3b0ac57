package org.gongzheng.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.TestDatabase;

/** Databases of their own for the benchmarks, on the embedded server the tests start. */
final class BenchDatabases {

	private BenchDatabases() {
	}

	/** The JDBC URL of {@code name}, created on first use. */
	static synchronized String url(String name) {
		try (Connection connection = DriverManager.getConnection(TestDatabase.url("postgres"))) {
			var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
			exists.setString(1, name);
			if (!exists.executeQuery().next()) {
				connection.createStatement().execute("create database " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create benchmark database " + name, ex);
		}
		return TestDatabase.url(name);
	}

	/**
	 * Updates the planner's statistics of every table in {@code name}: a database created for the
	 * run has none until autovacuum gets to it, and plans made without them differ from a server's in use.
	 */
	static void analyze(String name) {
		try (Connection connection = DriverManager.getConnection(url(name))) {
			connection.createStatement().execute("analyze");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not analyse benchmark database " + name, ex);
		}
	}

	/**
	 * Vacuums and analyses {@code table} after a bulk load until the planner sees its pages as
	 * all-visible, as a server's long-settled rows are, and returns the share seen so. One vacuum
	 * right after the load is not enough here: it has repeatedly left every page off the visibility
	 * map, and a second one a second later marked them all. Without it the planner prices an
	 * index-only scan as if each row had to be fetched, and plans what a settled server would not.
	 */
	static double settle(JdbcTemplate jdbc, String table) {
		double visible = 0;
		for (int attempt = 0; attempt < 10 && visible < 0.95; attempt++) {
			jdbc.execute("vacuum analyze " + table);
			visible = jdbc.queryForObject(
					"select relallvisible::float / greatest(relpages, 1) from pg_class where oid = ?::regclass",
					Double.class, table);
			if (visible < 0.95) {
				Pause.millis(1000);
			}
		}
		return visible;
	}
}
