package org.gongzheng.supervision.desk;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

	@Bean
	NavigationItem supervisionDeskNavigation() {
		return new NavigationItem(60, "/supervision", "nav.supervision", Set.of("LEGAL", "LEADER"));
	}

	@Bean
	NavigationItem myRectificationsNavigation() {
		return new NavigationItem(62, "/supervision/my-rectifications", "nav.myRectifications", Set.of());
	}
}
