package org.gongzheng.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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
}
