package org.gongzheng.organization.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two ways in with the same accounts: pages use a form login and a session; the API under
 * {@code /api/**} uses HTTP Basic on every request, keeps no session and needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Web security exists only when there is a web server (not for the verify-audit command). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class FilterChains {

		@Bean
		@Order(1)
		SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
			http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.httpBasic(basic -> basic.authenticationEntryPoint(
						(request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED, "Sign-in required",
								"Send the account's username and password with HTTP Basic authentication.")))
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.exceptionHandling(errors -> errors
					.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
							"Sign-in required", "Send the account's username and password with HTTP Basic authentication."))
					.accessDeniedHandler((request, response, ex) -> problem(response, HttpStatus.FORBIDDEN, "Forbidden",
							"Your roles do not allow this request.")));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(requests -> requests
					.requestMatchers(PUBLIC_PATHS).permitAll()
					.requestMatchers("/admin/**").hasRole("ADMIN")
					.requestMatchers("/audit/**").hasAnyRole("LEGAL", "ADMIN")
					.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
			return http.build();
		}
	}


	private static final String[] PUBLIC_PATHS = { "/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**",
			"/images/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			"/actuator/health" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"gongzheng\"");
		}
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
				+ ",\"detail\":\"" + detail + "\"}");
	}
}
