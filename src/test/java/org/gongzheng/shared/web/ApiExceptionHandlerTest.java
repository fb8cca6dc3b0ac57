package org.gongzheng.shared.web;

import java.util.Locale;

import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the API says about a body Jackson could not map, where Jackson tells less than usual. */
class ApiExceptionHandlerTest {

	private final ApiExceptionHandler handler;

	ApiExceptionHandlerTest() {
		StaticMessageSource source = new StaticMessageSource();
		source.addMessage("error.field.format", Locale.getDefault(), "格式不正确");
		source.addMessage("error.invalid", Locale.getDefault(), "提交的内容有误");
		source.addMessage("error.field.outOfRange", Locale.getDefault(), "数值超出允许的范围");
		Messages messages = new Messages(source);
		this.handler = new ApiExceptionHandler(messages,
				new ValueMessages(messages, new OverflowingNumbers(Validation.buildDefaultValidatorFactory(), messages)));
	}

	@Test
	void aMismatchWithoutATargetTypeNamesTheFieldWithTheGenericMessage() {
		MismatchedInputException mismatch = MismatchedInputException.from(null, (Class<?>) null, "cannot map");
		mismatch.prependPath("body", "fine");
		HttpMessageNotReadableException ex = new HttpMessageNotReadableException("unreadable", mismatch,
				new MockHttpInputMessage(new byte[0]));

		ResponseEntity<Object> answer = handler.handleHttpMessageNotReadable(ex, new HttpHeaders(),
				HttpStatus.BAD_REQUEST, new ServletWebRequest(new MockHttpServletRequest("POST", "/api/v1/cases")));

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(((ProblemDetail) answer.getBody()).getProperties().get("errors").toString())
			.contains("fine").contains("格式不正确");
	}

	@Test
	void aNumberOutOfRangeOfATypeJacksonDoesNotNameIsToldItIsOutOfRange() {
		InputCoercionException coercion = new InputCoercionException(null, "Numeric value (99999999999) out of range",
				JsonToken.VALUE_NUMBER_INT, null);
		coercion.prependPath("body", "fine");
		HttpMessageNotReadableException ex = new HttpMessageNotReadableException("unreadable", coercion,
				new MockHttpInputMessage(new byte[0]));

		ResponseEntity<Object> answer = handler.handleHttpMessageNotReadable(ex, new HttpHeaders(),
				HttpStatus.BAD_REQUEST, new ServletWebRequest(new MockHttpServletRequest("POST", "/api/v1/cases")));

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(((ProblemDetail) answer.getBody()).getProperties().get("errors").toString())
			.contains("fine").contains("数值超出允许的范围");
	}
}
