package org.gongzheng.supervision.quality;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class EvaluationNavigation {

	@Bean
	NavigationItem evaluationsNavigation() {
		return new NavigationItem(62, "/supervision/evaluations", "nav.evaluation.list", Set.of("LEGAL", "LEADER"), "nav.group.supervision");
	}

	@Bean
	NavigationItem evaluationParametersNavigation() {
		return new NavigationItem(68, "/supervision/evaluation-parameters", "nav.evaluation.parameters", Set.of("LEGAL"), "nav.group.supervision");
	}

	@Bean
	NavigationItem myQualityNavigation() {
		return new NavigationItem(63, "/supervision/evaluations/mine", "nav.evaluation.mine", Set.of("OFFICER", "REVIEWER"), "nav.group.supervision");
	}
}
