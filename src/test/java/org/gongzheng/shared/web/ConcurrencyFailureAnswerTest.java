package org.gongzheng.shared.web;

import java.util.Locale;

import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Losing a race is a conflict, never a server error: an optimistic version check, and also a lock
 * PostgreSQL refused (a deadlock it broke, a lock wait that timed out), on a page and in the API.
 */
class ConcurrencyFailureAnswerTest {

	private final MockMvc mvc;

	ConcurrencyFailureAnswerTest() {
		StaticMessageSource source = new StaticMessageSource();
		source.addMessage("error.concurrent", Locale.getDefault(), "已被他人修改，请刷新后重试");
		source.addMessage("error.concurrent", Locale.SIMPLIFIED_CHINESE, "已被他人修改，请刷新后重试");
		Messages messages = new Messages(source);
		this.mvc = MockMvcBuilders.standaloneSetup(new Api(), new Page())
			.setControllerAdvice(new ApiExceptionHandler(messages, new ValueMessages(messages,
					new OverflowingNumbers(Validation.buildDefaultValidatorFactory(), messages))), new PageExceptionHandler(messages, new FormAddresses(new RequestMappingHandlerMapping())))
			.build();
	}

	@Test
	void theApiAnswersEveryKindOfLostRaceWithA409Problem() throws Exception {
		for (String kind : new String[] { "optimistic", "deadlock", "lock" }) {
			mvc.perform(get("/api/v1/race/{kind}", kind))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("error.concurrent"));
		}
	}

	@Test
	void aPageAnswersADeadlockWithTheConflictPage() throws Exception {
		mvc.perform(get("/race/deadlock")).andExpect(status().isConflict());
	}

	private static RuntimeException race(String kind) {
		return switch (kind) {
			case "optimistic" -> new ObjectOptimisticLockingFailureException(Object.class, 1L);
			case "deadlock" -> new CannotAcquireLockException("ERROR: deadlock detected");
			default -> new PessimisticLockingFailureException("lock wait timed out");
		};
	}

	@RestController
	static class Api {

		@GetMapping("/api/v1/race/{kind}")
		String race(@PathVariable String kind) {
			throw ConcurrencyFailureAnswerTest.race(kind);
		}
	}

	@Controller
	static class Page {

		@GetMapping("/race/{kind}")
		String race(@PathVariable String kind) {
			throw ConcurrencyFailureAnswerTest.race(kind);
		}
	}
}
