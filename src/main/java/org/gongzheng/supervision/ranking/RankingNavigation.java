package org.gongzheng.supervision.ranking;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class RankingNavigation {

	@Bean
	NavigationItem rankingsNavigation() {
		return new NavigationItem(64, "/supervision/rankings", "nav.evaluation.rankings", Set.of(), "nav.group.supervision");
	}

	@Bean
	NavigationItem sanctionsNavigation() {
		return new NavigationItem(65, "/supervision/sanctions", "nav.evaluation.sanctions", Set.of("LEGAL"), "nav.group.supervision");
	}
}
