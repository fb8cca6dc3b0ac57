package org.gongzheng.supervision.fault;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class FaultNavigation {

	@Bean
	NavigationItem faultsNavigation() {
		return new NavigationItem(66, "/supervision/faults", "nav.evaluation.faults", Set.of("LEGAL", "LEADER"), "nav.group.supervision");
	}

	@Bean
	NavigationItem recordNavigation() {
		return new NavigationItem(67, "/supervision/records/me", "nav.evaluation.record", Set.of("OFFICER", "REVIEWER"), "nav.group.supervision");
	}
}
