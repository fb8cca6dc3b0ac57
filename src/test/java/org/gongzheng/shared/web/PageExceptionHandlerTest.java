package org.gongzheng.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** A constraint violation that slipped past a service's checks is a conflict, on a page or in the API. */
class PageExceptionHandlerTest {

	private final PageExceptionHandler handler;

	PageExceptionHandlerTest() {
		StaticMessageSource source = new StaticMessageSource();
		source.addMessage("error.integrity", Locale.getDefault(), "冲突，未保存");
		this.handler = new PageExceptionHandler(new Messages(source), new FormAddresses(new RequestMappingHandlerMapping()));
	}

	@Test
	void aPageAnswersAnIntegrityViolationWithTheConflictPage() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Object answer = handler.integrity(new DataIntegrityViolationException("duplicate key"),
				new MockHttpServletRequest("POST", "/approvals/chains/FILING"), response);

		assertThat(answer).isInstanceOf(ModelAndView.class);
		ModelAndView page = (ModelAndView) answer;
		assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(page.getModel()).containsEntry("refusal", "冲突，未保存");
		assertThat(response.getHeader("X-Refusal")).isNotBlank();
	}

	@Test
	void anApiAddressGetsAProblemDetail() {
		Object answer = handler.integrity(new DataIntegrityViolationException("duplicate key"),
				new MockHttpServletRequest("PUT", "/api/v1/approvals/chains/FILING"), new MockHttpServletResponse());

		assertThat(answer).isInstanceOf(ResponseEntity.class);
		assertThat(((ResponseEntity<?>) answer).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}
}
