package org.gongzheng;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import org.gongzheng.shared.db.EmbeddedPostgresServer;

/**
 * Points every test application context at one embedded PostgreSQL per JVM, started on first use
 * in a scratch folder under {@code target/}. Contexts share the "gongzheng" database; a test that
 * needs a database of its own (the demo data) asks for "gongzheng_demo" on the same server.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

	private static final String TEST_PROPERTIES = "Inlined Test Properties";

	/** The one server of this JVM; tests share it, as the server is costly to start. */
	private static EmbeddedPostgresServer server;

	static synchronized EmbeddedPostgresServer server() {
		if (server == null) {
			// The benchmarks set this to count statements with pg_stat_statements.
			String preload = System.getProperty("test.postgres.preload", "");
			server = EmbeddedPostgresServer.start(Path.of("target", "embedded-postgres-test"), true,
					preload.isBlank() ? Map.of() : Map.of("shared_preload_libraries", preload));
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-test-stop"));
			createDatabase("gongzheng");
			createDatabase("gongzheng_demo");
		}
		return server;
	}

	public static String url(String database) {
		return server().jdbcUrl().replace("/postgres?", "/" + database + "?");
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", url("gongzheng"));
		properties.put("spring.datasource.username", server().username());
		// The server stops in a JVM shutdown hook that may run before Spring's own; whatever still
		// asks for a connection then should give up at once instead of waiting 30 seconds.
		properties.put("spring.datasource.hikari.connection-timeout", "1000");
		properties.put("gongzheng.files.root", "target/test-files");
		properties.put("gongzheng.demo.enabled", "false");
		// Above application.yml, below what a test sets for itself with @SpringBootTest(properties).
		MapPropertySource source = new MapPropertySource("gongzheng-test-database", properties);
		if (environment.getPropertySources().contains(TEST_PROPERTIES)) {
			environment.getPropertySources().addAfter(TEST_PROPERTIES, source);
		}
		else {
			environment.getPropertySources().addFirst(source);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static void createDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
			connection.createStatement().execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
	}
}
