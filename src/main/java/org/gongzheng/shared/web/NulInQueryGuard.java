package org.gongzheng.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.gongzheng.shared.error.InvalidInputException;

/**
 * Refuses a search or filter whose parameter carries a NUL character, naming the parameter.
 * No stored text can hold a NUL, and PostgreSQL refuses one even in a query's parameter, so such a
 * search used to reach the database and come back as the general "nothing was saved" refusal.
 * Forms and request bodies check their fields themselves; this covers what is read, not written.
 */
@Configuration(proxyBeanMethods = false)
class NulInQueryGuard implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
					List<InvalidInputException.FieldProblem> problems = problems(request.getParameterMap());
					if (!problems.isEmpty()) {
						throw new InvalidInputException("error.nulInQuery", problems);
					}
				}
				return true;
			}
		});
	}

	private static List<InvalidInputException.FieldProblem> problems(Map<String, String[]> parameters) {
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		parameters.forEach((name, values) -> {
			for (String value : values) {
				if (NulCharacter.heldBy(value)) {
					problems.add(new InvalidInputException.FieldProblem(name.replace("\0", ""), InvalidInputException.NUL_CHARACTER,
							new Object[0]));
					return;
				}
			}
		});
		return problems;
	}
}
