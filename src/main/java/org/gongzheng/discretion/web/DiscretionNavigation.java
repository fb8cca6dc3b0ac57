package org.gongzheng.discretion.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class DiscretionNavigation {

	@Bean
	NavigationItem penaltiesNavigation() {
		return new NavigationItem(35, "/penalty-decisions", "nav.penalties", Set.of("OFFICER", "REVIEWER", "LEADER", "LEGAL"), "nav.group.law");
	}

	@Bean
	NavigationItem discretionStandardsNavigation() {
		return new NavigationItem(40, "/discretion", "nav.discretion", Set.of(), "nav.group.law");
	}
}
