package org.gongzheng.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the application is still loading its data (the port already answers), a request is told
 * to come back shortly instead of meeting a sign-in that refuses accounts not yet written.
 */
class StartingUpFilterTest {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final StartingUpFilter filter;

	StartingUpFilterTest() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/common");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		filter = new StartingUpFilter(availability, messages);
	}

	@Test
	void beforeTheApplicationIsReadyAPageSaysInBothLanguagesThatItIsStartingAndReloadsItself() throws Exception {
		ready(ReadinessState.REFUSING_TRAFFIC);
		MockHttpServletResponse response = run(new MockHttpServletRequest("GET", "/login"));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getContentAsString()).contains("id=\"starting-up\"").contains("公正正在启动")
			.contains("Gongzheng is starting").contains("http-equiv=\"refresh\"");
	}

	@Test
	void beforeTheApplicationIsReadyTheApiAnswersAProblemInTheCallersLanguage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cases");
		request.addPreferredLocale(Locale.ENGLISH);
		MockHttpServletResponse response = run(request);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"code\":\"startup.notReady\"")
			.contains("Gongzheng is starting").contains("try again shortly");
	}

	@Test
	void onceReadyEveryRequestGoesThroughAndHealthProbesAlways() throws Exception {
		MockFilterChain probe = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), new MockHttpServletResponse(), probe);
		assertThat(probe.getRequest()).isNotNull();

		ready(ReadinessState.ACCEPTING_TRAFFIC);
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/login"), response, chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private void ready(ReadinessState state) {
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
	}

	private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("the request went no further").isNull();
		return response;
	}
}
