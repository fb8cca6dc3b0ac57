package org.gongzheng.traffic.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class TrafficNavigation {

	@Bean
	NavigationItem onSiteNavigation() {
		return new NavigationItem(30, "/traffic/onsite", "nav.onsite", Set.of("OFFICER", "REVIEWER", "LEADER", "LEGAL"));
	}
}
