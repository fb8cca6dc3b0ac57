package org.gongzheng.shared.web;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure after a file has started to leave (a long Excel record whose database goes away half
 * way): the error endpoint adds nothing to the half-sent file, where it used to try to write an
 * error into it and log two misleading warnings when it could not.
 */
@IntegrationTest
class ErrorAfterFileStartedIntegrationTest {

	private final ErrorEndpoint errors;

	ErrorAfterFileStartedIntegrationTest(ErrorEndpoint errors) {
		this.errors = errors;
	}

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void anErrorAfterAFileHasStartedToLeaveAddsNothingToIt() {
		for (String address : new String[] { "/api/v1/approvals/records/officers/1/xlsx", "/approvals/records/officers/1.xlsx" }) {
			MockHttpServletRequest request = failed(address);
			MockHttpServletResponse response = new MockHttpServletResponse();
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			response.setCommitted(true);
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));

			assertThat(errors.error(request)).as(address).isNull();
			assertThat(errors.errorHtml(request, response)).as(address).isNull();
		}
	}

	@Test
	void anErrorBeforeAnythingLeftIsStillAnswered() {
		MockHttpServletRequest request = failed("/api/v1/approvals/records/officers/1/xlsx");
		MockHttpServletResponse response = new MockHttpServletResponse();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));

		assertThat(errors.error(request).getStatusCode().value()).isEqualTo(500);
		assertThat(errors.error(request).getBody()).containsKey("detail");
	}

	private static MockHttpServletRequest failed(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, address);
		return request;
	}
}
