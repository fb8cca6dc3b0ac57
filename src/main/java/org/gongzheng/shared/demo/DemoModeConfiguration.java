package org.gongzheng.shared.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.db.EmbeddedPostgresServer;

@Configuration(proxyBeanMethods = false)
class DemoModeConfiguration {

	@Bean
	DemoMode demoMode(@Value("${gongzheng.demo.enabled:auto}") String setting,
			ObjectProvider<EmbeddedPostgresServer> embedded) {
		return new DemoMode(switch (setting.strip().toLowerCase()) {
			case "true" -> true;
			case "false" -> false;
			default -> embedded.getIfAvailable() != null;
		});
	}
}
