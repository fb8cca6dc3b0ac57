package org.gongzheng.supervision.quality;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongzheng.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class EvaluationNavigation {

	@Bean
	NavigationItem evaluationsNavigation() {
		return new NavigationItem(60, "/supervision/evaluations", "nav.evaluation.list", Set.of("LEGAL", "LEADER"));
	}

	@Bean
	NavigationItem evaluationParametersNavigation() {
		return new NavigationItem(66, "/supervision/evaluation-parameters", "nav.evaluation.parameters", Set.of("LEGAL"));
	}

	@Bean
	NavigationItem myQualityNavigation() {
		return new NavigationItem(61, "/supervision/evaluations/mine", "nav.evaluation.mine", Set.of("OFFICER", "REVIEWER"));
	}
}
