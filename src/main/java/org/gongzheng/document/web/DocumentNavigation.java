package org.gongzheng.document.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class DocumentNavigation {

	@Bean
	NavigationItem documentsNavigation() {
		return new NavigationItem(50, "/documents", "nav.documents", Set.of(), "nav.group.law");
	}
}
