package org.gongzheng.shared.db;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url} configured, the application runs its own PostgreSQL so it
 * starts on a machine with nothing installed. Production configures a real server instead
 * (SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
public class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(@Value("${gongzheng.embedded-db.data-dir}") Path dataDirectory) {
		return EmbeddedPostgresServer.start(dataDirectory, false);
	}

	/** Taking the server as a parameter makes the pool close before the server stops. */
	@Bean
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(server.username());
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("gongzheng-embedded");
		return dataSource;
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}
	}
}
